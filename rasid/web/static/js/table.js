// The event table: one page of events, sortable by clicking a column header (the
// server sorts, so the order holds across pages).

import { el, clear, bidi } from "./dom.js";
import { eventTypeLabel, t } from "./i18n.js";
import { typeClass } from "./map.js";

export const COLUMNS = ["date", "event_type", "sub_event_type", "actor1", "actor2", "location_en", "admin1",
  "fatalities", "status"];

export class EventTable {
  constructor(table, onSort, onOpen) {
    this.table = table;
    this.onSort = onSort;
    this.onOpen = onOpen;
    this.sort = "date";
    this.order = "desc";
  }

  drawHead() {
    const row = clear(this.table.tHead.rows[0]);
    for (const column of COLUMNS) {
      const active = this.sort === column;
      const arrow = active ? (this.order === "asc" ? " ▲" : " ▼") : "";
      row.append(el("th", { scope: "col", "aria-sort": active ? (this.order === "asc" ? "ascending" : "descending") : null },
        el("button", { type: "button", class: "sort", dataset: { column }, text: t(`col.${column}`) + arrow,
          onclick: () => this.toggle(column) })));
    }
  }

  toggle(column) {
    if (this.sort === column) this.order = this.order === "asc" ? "desc" : "asc";
    else { this.sort = column; this.order = column === "date" || column === "fatalities" ? "desc" : "asc"; }
    this.drawHead();
    this.onSort(this.sort, this.order);
  }

  setRows(events) {
    this.drawHead();
    const body = clear(this.table.tBodies[0]);
    for (const event of events) {
      const row = el("tr", { class: `event-row status-${event.status}`, dataset: { eventId: event.id }, tabindex: 0,
        onclick: () => this.onOpen(event.id), onkeydown: (e) => { if (e.key === "Enter") this.onOpen(event.id); } });
      for (const column of COLUMNS) {
        let cell;
        if (column === "event_type") {
          cell = el("td", {}, el("span", { class: `swatch ${typeClass(event.event_type)}` }), eventTypeLabel(event.event_type));
        } else if (column === "status") {
          cell = el("td", { class: `status status-${event.status}`, text: t(`status.${event.status}`) });
        } else {
          const value = event[column];
          cell = el("td", {}, bidi("span", value === null || value === undefined ? "" : String(value)));
        }
        row.append(cell);
      }
      body.append(row);
    }
  }
}
