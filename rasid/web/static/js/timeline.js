// The timeline: events per ISO week, stacked by event type, drawn as SVG. Dragging
// across it picks a range of weeks, which the page turns into a date filter.

import { TYPE_COLORS, typeClass } from "./map.js";

const SVG = "http://www.w3.org/2000/svg";
const HEIGHT = 130;
const AXIS = 18;

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

function addDays(iso, days) {
  const date = new Date(iso + "T00:00:00Z");
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

// Every Monday from the first week to the last, so empty weeks show as gaps.
function allWeeks(rows) {
  const weeks = [...new Set(rows.map((r) => r.week))].sort();
  if (!weeks.length) return [];
  const out = [];
  for (let week = weeks[0]; week <= weeks[weeks.length - 1]; week = addDays(week, 7)) out.push(week);
  return out;
}

export class Timeline {
  constructor(node, onBrush) {
    this.node = node;
    this.onBrush = onBrush;
    this.weeks = [];
    this.range = null;
    node.addEventListener("pointerdown", (e) => this.startBrush(e));
    node.addEventListener("pointermove", (e) => this.moveBrush(e));
    node.addEventListener("pointerup", (e) => this.endBrush(e));
    window.addEventListener("resize", () => this.draw());
  }

  setData(rows) {
    this.rows = rows;
    this.draw();
  }

  setRange(range) {
    this.range = range;
    this.draw();
  }

  geometry() {
    const width = this.node.clientWidth || 600;
    const step = this.weeks.length ? (width - 8) / this.weeks.length : 1;
    return { width, step };
  }

  draw() {
    if (!this.rows) return;
    const node = this.node;
    while (node.firstChild) node.removeChild(node.firstChild);
    this.weeks = allWeeks(this.rows);
    const { width, step } = this.geometry();
    node.setAttribute("viewBox", `0 0 ${width} ${HEIGHT}`);
    node.setAttribute("height", HEIGHT);
    const perWeek = new Map(this.weeks.map((w) => [w, {}]));
    for (const row of this.rows) {
      const counts = perWeek.get(row.week);
      counts[row.event_type] = (counts[row.event_type] || 0) + row.events;
    }
    const max = Math.max(1, ...[...perWeek.values()].map((c) => Object.values(c).reduce((a, b) => a + b, 0)));
    const scale = (HEIGHT - AXIS - 6) / max;
    this.weeks.forEach((week, i) => {
      let y = HEIGHT - AXIS;
      const group = svg("g", { "data-week": week, class: "week" });
      for (const [type, count] of Object.entries(perWeek.get(week))) {
        const h = count * scale;
        y -= h;
        const bar = svg("rect", { x: 4 + i * step + 1, y, width: Math.max(1, step - 2), height: h,
          fill: TYPE_COLORS[type] || "#555", class: `bar ${typeClass(type)}` });
        const title = svg("title");
        title.textContent = `${week} · ${type}: ${count}`;
        bar.append(title);
        group.append(bar);
      }
      node.append(group);
    });
    this.drawAxis(step);
    this.drawRange(step);
  }

  drawAxis(step) {
    let lastMonth = "";
    const every = Math.max(1, Math.ceil(40 / step));
    this.weeks.forEach((week, i) => {
      const month = week.slice(0, 7);
      if (month === lastMonth || i % every) return;
      lastMonth = month;
      const label = svg("text", { x: 4 + i * step, y: HEIGHT - 4, class: "axis-label" });
      label.textContent = month;
      this.node.append(label);
    });
  }

  drawRange(step) {
    if (!this.range || !this.weeks.length) return;
    const start = this.weekIndexOf(this.range[0]);
    const end = Math.max(start, this.weekIndexOf(this.range[1]));
    this.node.append(svg("rect", { x: 4 + start * step, y: 0, width: (end - start + 1) * step,
      height: HEIGHT - AXIS, class: "brush" }));
  }

  weekIndexOf(date) {
    let index = 0;
    this.weeks.forEach((week, i) => { if (week <= date) index = i; });
    return index;
  }

  indexAt(event) {
    const box = this.node.getBoundingClientRect();
    const { width, step } = this.geometry();
    const x = (event.clientX - box.left) * (width / box.width);
    return Math.min(this.weeks.length - 1, Math.max(0, Math.floor((x - 4) / step)));
  }

  startBrush(event) {
    if (!this.weeks.length) return;
    this.node.setPointerCapture(event.pointerId);
    this.dragFrom = this.indexAt(event);
    this.range = [this.weeks[this.dragFrom], addDays(this.weeks[this.dragFrom], 6)];
    this.draw();
  }

  moveBrush(event) {
    if (this.dragFrom === undefined) return;
    const here = this.indexAt(event);
    const [a, b] = [Math.min(here, this.dragFrom), Math.max(here, this.dragFrom)];
    this.range = [this.weeks[a], addDays(this.weeks[b], 6)];
    this.draw();
  }

  endBrush(event) {
    if (this.dragFrom === undefined) return;
    this.moveBrush(event);
    this.dragFrom = undefined;
    this.onBrush(this.range);
  }
}
