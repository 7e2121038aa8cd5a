// The page's wiring: log in, then keep the filter panel, the timeline's brushed range,
// the map, the table and the detail panel in step with one another.

import { api, ApiError, query, setCsrfToken } from "./api.js";
import { loadAudit } from "./audit.js";
import { Coder } from "./coder.js";
import { EventDetail } from "./detail.js";
import { clear, el } from "./dom.js";
import { applyLanguage, eventTypeLabel, t, toggleLanguage } from "./i18n.js";
import { EventMap, TYPE_COLORS, typeClass } from "./map.js";
import { EventTable } from "./table.js";
import { Timeline } from "./timeline.js";

const PAGE_SIZE = 25;
const MAP_PAGE = 1000;
const MAP_MAX = 5000;
const ROLE_RANK = { viewer: 0, reviewer: 1, admin: 2 };

const $ = (selector) => document.querySelector(selector);
const state = { offset: 0, total: 0, user: null, config: null };
let map, timeline, table, detail;

function filters({ withDates = true } = {}) {
  const data = new FormData($("#filters"));
  const out = {};
  for (const [name, value] of data.entries()) {
    if (!withDates && (name === "date_from" || name === "date_to")) continue;
    if (value) out[name] = value;
  }
  return out;
}

async function allMapEvents(params) {
  const events = [];
  for (let offset = 0; offset < MAP_MAX; offset += MAP_PAGE) {
    const page = await api(`/api/events${query({ ...params, limit: MAP_PAGE, offset })}`);
    events.push(...page.items);
    if (events.length >= page.total) break;
  }
  return events;
}

async function refreshTable() {
  const params = { ...filters(), limit: PAGE_SIZE, offset: state.offset, sort: table.sort, order: table.order };
  const page = await api(`/api/events${query(params)}`);
  state.total = page.total;
  table.setRows(page.items);
  const last = Math.min(page.total, state.offset + page.items.length);
  $("#page-info").textContent = t("table.page", { from: page.total ? state.offset + 1 : 0, to: last, total: page.total });
  $("#page-prev").disabled = state.offset === 0;
  $("#page-next").disabled = last >= page.total;
}

async function refresh() {
  const params = filters();
  for (const kind of ["csv", "geojson", "jsonl"]) $(`#export-${kind}`).href = `/api/exports/events.${kind}${query(params)}`;
  const [events, stats, allWeeks] = await Promise.all([
    allMapEvents(params), api(`/api/stats${query(params)}`), api(`/api/stats${query(filters({ withDates: false }))}`),
    refreshTable(),
  ]);
  map.setEvents(events);
  const perGovernorate = {};
  for (const row of stats.items) if (row.admin1) perGovernorate[row.admin1] = (perGovernorate[row.admin1] || 0) + row.events;
  map.setCounts(perGovernorate);
  timeline.setData(allWeeks.items);
  timeline.setRange(params.date_from || params.date_to ? [params.date_from || "0000", params.date_to || "9999"] : null);
  $("#timeline-clear").hidden = !(params.date_from || params.date_to);
  $("#summary").textContent = t("summary", { events: state.total, fatalities: stats.total_fatalities });
  document.body.dataset.loaded = String(Date.now());  // lets tests wait for a finished refresh
}

function drawLegend() {
  const legend = clear($("#legend"));
  for (const type of Object.keys(TYPE_COLORS)) {
    legend.append(el("div", { class: "legend-item" }, el("span", { class: `swatch ${typeClass(type)}` }), eventTypeLabel(type)));
  }
}

function fillSelect(select, values, label = (v) => v) {
  for (const value of values) select.append(el("option", { value, text: label(value) }));
}

function showTab(name) {
  for (const button of document.querySelectorAll(".tab")) button.classList.toggle("active", button.dataset.tab === name);
  for (const panel of document.querySelectorAll(".tab-panel")) panel.hidden = panel.id !== `tab-${name}`;
  if (name === "review") loadAudit($("#audit-table"), openEvent).catch(report);
  if (name === "explore") setTimeout(() => map.map.invalidateSize(), 0);
}

async function openEvent(id) {
  showTab("explore");
  await detail.show(id).catch(report);
}

function report(error) {
  $("#summary").textContent = error.message;
  if (error instanceof ApiError && error.status === 401) location.reload();
}

async function start(user) {
  state.user = user;
  $("#login").hidden = true;
  $("#app").hidden = false;
  $("#user-name").textContent = `${user.username} (${user.role})`;
  $("#logout").hidden = false;
  for (const node of document.querySelectorAll("[data-min-role]")) {
    node.hidden = ROLE_RANK[user.role] < ROLE_RANK[node.dataset.minRole];
  }
  state.config = await api("/api/config");
  fillSelect($("#filters [name=event_type]"), state.config.event_types, eventTypeLabel);
  drawLegend();
  map = new EventMap($("#map"), state.config, openEvent);
  const governorates = await map.loadBoundaries();
  fillSelect($("#filters [name=admin1]"), governorates);
  timeline = new Timeline($("#timeline"), ([from, to]) => {
    $("#filters [name=date_from]").value = from;
    $("#filters [name=date_to]").value = to;
    state.offset = 0;
    refresh().catch(report);
  });
  table = new EventTable($("#events-table"), () => { state.offset = 0; refreshTable().catch(report); }, openEvent);
  detail = new EventDetail($("#detail"), { config: state.config, user, onChanged: () => refresh().catch(report) });
  new Coder($("#code-form"), $("#code-result"), openEvent);
  await refresh();
}

function wire() {
  $("#lang-toggle").addEventListener("click", () => {
    toggleLanguage();
    if (!state.user) return;
    drawLegend();
    refresh().catch(report);
    const open = $("#detail").dataset.eventId;
    if (!$("#detail").hidden && open) detail.show(open).catch(report);
  });
  $("#filters").addEventListener("submit", (e) => { e.preventDefault(); state.offset = 0; refresh().catch(report); });
  $("#filters-reset").addEventListener("click", () => { $("#filters").reset(); state.offset = 0; refresh().catch(report); });
  $("#timeline-clear").addEventListener("click", () => {
    $("#filters [name=date_from]").value = "";
    $("#filters [name=date_to]").value = "";
    refresh().catch(report);
  });
  $("#page-prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE_SIZE); refreshTable().catch(report); });
  $("#page-next").addEventListener("click", () => { state.offset += PAGE_SIZE; refreshTable().catch(report); });
  for (const button of document.querySelectorAll(".tab")) button.addEventListener("click", () => showTab(button.dataset.tab));
  $("#logout").addEventListener("click", async () => { await api("/api/auth/logout", { method: "POST" }); location.reload(); });
  $("#login-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    const data = new FormData(e.target);
    try {
      const session = await api("/api/auth/login", { method: "POST",
        body: { username: data.get("username"), password: data.get("password") } });
      setCsrfToken(session.csrf_token);
      await start(session.user);
    } catch (error) {
      console.error(error);
      $("#login-error").textContent = error.message || String(error);
    }
  });
}

async function boot() {
  applyLanguage();
  wire();
  try {
    const session = await api("/api/auth/me");
    setCsrfToken(session.csrf_token);
    await start(session.user);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    $("#login").hidden = false;
  }
}

boot();
