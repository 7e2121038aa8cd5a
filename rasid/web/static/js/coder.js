// "Code an article": paste a text or upload a file, then watch the pipeline's stages
// report what each found, and the events appear with their evidence highlighted.

import { api } from "./api.js";
import { clear, el, bidi } from "./dom.js";
import { eventTypeLabel, t } from "./i18n.js";
import { highlightedText } from "./detail.js";

const STAGE_DELAY_MS = 250;

function pause(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class Coder {
  constructor(form, result, onOpen) {
    this.form = form;
    this.result = result;
    this.onOpen = onOpen;
    this.error = form.querySelector("#code-error");
    form.addEventListener("submit", (e) => { e.preventDefault(); this.submit(); });
  }

  async submit() {
    this.error.textContent = "";
    const data = new FormData(this.form);
    const file = data.get("file");
    const text = String(data.get("text") || "").trim();
    if (!text && !(file && file.size)) { this.error.textContent = t("code.need_text"); return; }
    const box = clear(this.result);
    box.hidden = false;
    box.append(el("p", { class: "running", text: t("code.running") }));
    try {
      let outcome;
      if (file && file.size) {
        const upload = new FormData();
        upload.append("file", file);
        outcome = await api("/api/uploads", { method: "POST", form: upload });
      } else {
        outcome = await api("/api/documents", { method: "POST", body: {
          text, title: data.get("title") || null, published: data.get("published") || null } });
      }
      await this.show(outcome);
    } catch (error) {
      clear(box);
      this.error.textContent = error.message;
    }
  }

  async show(outcome) {
    const box = clear(this.result);
    const stages = el("ol", { class: "stages" });
    box.append(stages);
    if (!outcome.added) box.append(el("p", { class: "duplicate", text: t("code.duplicate") }));
    for (const stage of outcome.stages) {
      stages.append(el("li", { class: "stage", text: t("code.stage", { ...stage, ms: stage.milliseconds }) }));
      await pause(STAGE_DELAY_MS);  // one stage at a time, so the reader can follow the steps
    }
    const doc = outcome.document;
    const spans = doc.events.flatMap((e) => Object.entries(e.evidence_spans || {})
      .map(([name, s]) => ({ name, start: s.start, end: s.end })));
    const list = doc.events.map((event) => el("li", { class: "coded-event" },
      el("button", { type: "button", class: "link", text: `#${event.id}`, onclick: () => this.onOpen(event.id) }), " ",
      eventTypeLabel(event.event_type), " · ", event.sub_event_type, " · ", event.date || "?", " · ",
      bidi("span", [event.location_en, event.admin1].filter(Boolean).join(", "))));
    box.append(el("h3", { text: t("code.events") }),
      list.length ? el("ul", { class: "coded-events" }, list) : el("p", { text: t("code.none") }),
      highlightedText(doc.text, spans, doc.lang));
  }
}
