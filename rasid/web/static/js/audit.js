// The review log: every change reviewers made, newest first.

import { api } from "./api.js";
import { bidi, clear, el } from "./dom.js";
import { t } from "./i18n.js";

const COLUMNS = ["when", "user", "event", "field", "before", "after"];

function show(value) {
  if (value === null || value === undefined) return "–";
  return typeof value === "string" ? value : JSON.stringify(value);
}

export async function loadAudit(table, onOpen) {
  const page = await api("/api/audit?limit=200");
  const head = clear(table.tHead.rows[0]);
  for (const column of COLUMNS) head.append(el("th", { scope: "col", text: t(`col.${column}`) }));
  const body = clear(table.tBodies[0]);
  for (const entry of page.items) {
    body.append(el("tr", { class: "audit-row" },
      el("td", { text: entry.created_at.replace("T", " ").slice(0, 19) }),
      el("td", { text: entry.user }),
      el("td", {}, entry.event_id ? el("button", { type: "button", class: "link", text: `#${entry.event_id}`,
        onclick: () => onOpen(entry.event_id) }) : "–"),
      el("td", { text: entry.field }),
      el("td", {}, bidi("span", show(entry.before))),
      el("td", {}, bidi("span", show(entry.after)))));
  }
}
