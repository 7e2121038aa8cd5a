// The event detail: the event's fields, its English notes, the source document with
// every evidence span highlighted (built from text nodes and <mark> elements, never
// HTML), the document's claims, the review history, and the reviewer's actions.

import { api } from "./api.js";
import { bidi, clear, el, textDir } from "./dom.js";
import { eventTypeLabel, t } from "./i18n.js";
import { typeClass } from "./map.js";

const EDIT_FIELDS = ["sub_event_type", "actor1", "actor2", "location_en", "admin1", "date", "fatalities", "notes"];

// Split the text into paragraphs, then each paragraph at every span boundary; a piece
// covered by spans becomes a <mark> naming those fields.
export function highlightedText(text, spans, lang) {
  const container = el("div", { class: "document-text", dir: lang === "ar" ? "rtl" : textDir(text), lang: lang || null });
  let offset = 0;
  for (const paragraph of text.split("\n")) {
    const start = offset;
    const end = offset + paragraph.length;
    offset = end + 1;
    if (!paragraph.trim()) continue;
    const cuts = new Set([start, end]);
    for (const span of spans) {
      if (span.end <= start || span.start >= end) continue;
      cuts.add(Math.max(start, span.start));
      cuts.add(Math.min(end, span.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const p = el("p", { class: "bidi" });
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      const piece = text.slice(a, b);
      const covering = spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.name);
      if (!covering.length) { p.append(document.createTextNode(piece)); continue; }
      const fields = covering.filter((name) => name !== "event");
      const kind = fields.length ? `ev-field ev-${fields[0]}` : "ev-sentence";
      p.append(el("mark", { class: `ev ${kind}`, dataset: { fields: covering.join(" ") },
        title: covering.map((name) => t(`field.${name}`)).join(", "), text: piece }));
    }
    container.append(p);
  }
  return container;
}

function field(label, ...value) {
  return el("div", { class: "field" }, el("dt", { text: label }), el("dd", {}, ...value));
}

function formatValue(value) {
  if (value === null || value === undefined) return "–";
  return typeof value === "string" ? value : JSON.stringify(value);
}

export class EventDetail {
  constructor(panel, context) {
    this.panel = panel;
    this.context = context; // {config, user, onChanged}
  }

  close() {
    this.panel.hidden = true;
    clear(this.panel);
  }

  async show(eventId) {
    const event = await api(`/api/events/${eventId}`);
    const [doc, audit] = await Promise.all([
      api(`/api/documents/${encodeURIComponent(event.doc_id)}`),
      api(`/api/events/${eventId}/audit`),
    ]);
    this.render(event, doc, audit.items);
  }

  render(event, doc, audit) {
    const panel = clear(this.panel);
    panel.hidden = false;
    panel.dataset.eventId = event.id;
    const parts = [
      el("div", { class: "detail-head" },
        el("h2", {}, el("span", { class: `swatch ${typeClass(event.event_type)}` }), event.sub_event_type),
        el("button", { type: "button", class: "link close", text: t("detail.close"), onclick: () => this.close() })),
      el("p", { class: "subtitle" }, eventTypeLabel(event.event_type), " · ",
        el("span", { dir: "ltr", text: event.date || "?" }), " · ",
        el("span", { class: `status status-${event.status}`, text: t(`status.${event.status}`) })),
      this.fields(event),
      event.notes ? el("section", { class: "notes" }, el("h3", { text: t("detail.notes") }),
        el("p", { class: "notes-text", dir: "ltr", lang: "en", text: event.notes })) : null,
      this.context.user.role !== "viewer" ? this.reviewControls(event) : null,
      this.documentSection(event, doc),
      this.claimsSection(doc),
      this.historySection(audit),
    ];
    panel.append(...parts.filter(Boolean));  // Element.append would print a null as "null"
  }

  fields(event) {
    const place = [event.location_en, event.admin2, event.admin1].filter(Boolean).join(", ");
    return el("dl", { class: "fields" },
      field(t("detail.actors"), bidi("span", [event.actor1, event.actor2].filter(Boolean).join(" — ") || "–")),
      field(t("detail.place"), bidi("span", place || "–"),
        event.location_ar ? el("span", { class: "bidi place-ar", dir: "rtl", lang: "ar", text: event.location_ar }) : null),
      field(t("detail.fatalities"), String(event.fatalities ?? "–")),
      field(t("detail.source"), bidi("span", event.attribution || "–")),
      field(t("detail.confidence"), String(event.confidence ?? "–")),
      event.merged_into ? field(t("detail.status"), t("detail.merged_into", { id: event.merged_into })) : null);
  }

  documentSection(event, doc) {
    const spans = Object.entries(event.evidence_spans || {}).map(([name, s]) => ({ name, start: s.start, end: s.end }));
    const legend = el("p", { class: "span-legend" }, ...spans.filter((s) => s.name !== "event").map((s) =>
      el("mark", { class: `ev ev-field ev-${s.name}`, text: t(`field.${s.name}`) })));
    return el("section", { class: "document" },
      el("h3", { text: t("detail.document") }),
      doc.title ? bidi("h4", doc.title, { class: "doc-title" }) : null,
      el("p", { class: "doc-meta", text: [doc.doc_id, doc.published, doc.source].filter(Boolean).join(" · ") }),
      legend,
      highlightedText(doc.text, spans, doc.lang));
  }

  claimsSection(doc) {
    const items = doc.claims.map((claim) => el("li", { class: "claim" },
      el("strong", { text: `${claim.metric}: ${claim.value}` }),
      claim.period ? ` · ${claim.period}` : "", claim.area ? ` · ${claim.area}` : "",
      claim.attribution ? ` · ${claim.attribution}` : "",
      claim.evidence ? bidi("blockquote", claim.evidence) : null));
    return el("section", { class: "claims" }, el("h3", { text: t("detail.claims") }),
      items.length ? el("ul", {}, items) : el("p", { text: t("detail.no_claims") }));
  }

  historySection(audit) {
    const rows = audit.map((entry) => el("li", { class: "audit-entry" },
      el("span", { class: "when", text: entry.created_at.replace("T", " ").slice(0, 19) }), " · ",
      el("strong", { text: entry.user }), " · ", entry.field, ": ",
      bidi("span", formatValue(entry.before), { class: "before" }), " → ",
      bidi("span", formatValue(entry.after), { class: "after" })));
    return el("section", { class: "history" }, el("h3", { text: t("detail.history") }),
      rows.length ? el("ul", {}, rows) : el("p", { text: t("detail.no_history") }));
  }

  reviewControls(event) {
    const message = el("p", { class: "review-message", role: "status" });
    const act = async (path, options) => {
      try {
        await api(path, options);
        message.textContent = t("review.saved");
        await this.show(event.id);
        this.context.onChanged();
      } catch (error) {
        message.textContent = error.message;
        message.classList.add("error");
        this.panel.querySelector(".review-message")?.replaceWith(message);
      }
    };
    const form = this.editForm(event, (changes) => act(`/api/events/${event.id}`, { method: "PATCH", body: changes }));
    const mergeInput = el("input", { name: "merge_ids", placeholder: "12, 15", inputmode: "numeric" });
    const merge = el("form", { class: "merge-form", onsubmit: (e) => {
      e.preventDefault();
      const ids = mergeInput.value.split(/[\s,،]+/).filter(Boolean).map(Number).filter(Number.isInteger);
      if (ids.length) act(`/api/events/${event.id}/merge`, { method: "POST", body: { event_ids: ids } });
    } }, el("label", {}, el("span", { text: t("review.merge_ids") }), mergeInput),
      el("button", { type: "submit", text: t("review.merge") }));
    return el("section", { class: "review" },
      el("h3", { text: t("review.title") }),
      el("div", { class: "row" },
        el("button", { type: "button", class: "confirm", text: t("review.confirm"),
          onclick: () => act(`/api/events/${event.id}/confirm`, { method: "POST" }) }),
        el("button", { type: "button", class: "reject", text: t("review.reject"),
          onclick: () => act(`/api/events/${event.id}/reject`, { method: "POST" }) }),
        el("button", { type: "button", class: "edit", text: t("review.edit"),
          onclick: () => { form.hidden = !form.hidden; } })),
      form, merge, message);
  }

  editForm(event, save) {
    const inputs = {};
    const subTypes = Object.values(this.context.config.sub_event_types).flat();
    for (const name of EDIT_FIELDS) {
      let input;
      if (name === "sub_event_type") {
        input = el("select", { name }, subTypes.map((s) => el("option", { value: s, text: s, selected: s === event[name] })));
      } else if (name === "notes") {
        input = el("textarea", { name, rows: 3, dir: "auto" });
        input.value = event.notes || "";
      } else {
        input = el("input", { name, type: name === "date" ? "date" : name === "fatalities" ? "number" : "text",
          min: name === "fatalities" ? 0 : null, dir: "auto" });
        input.value = event[name] ?? "";
      }
      inputs[name] = input;
    }
    const form = el("form", { class: "edit-form", hidden: true, onsubmit: (e) => {
      e.preventDefault();
      const changes = {};
      for (const [name, input] of Object.entries(inputs)) {
        const before = event[name] ?? "";
        const value = input.value.trim();
        if (value === String(before)) continue;
        changes[name] = value === "" ? null : name === "fatalities" ? Number(value) : value;
      }
      if (Object.keys(changes).length) save(changes);
    } },
    ...EDIT_FIELDS.map((name) => el("label", {}, el("span", { text: t(`col.${name}`) }), inputs[name])),
    el("div", { class: "row" }, el("button", { type: "submit", class: "primary save", text: t("review.save") }),
      el("button", { type: "button", text: t("review.cancel"), onclick: () => { form.hidden = true; } })));
    return form;
  }
}
