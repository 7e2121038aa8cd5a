// The map: offline basemap from the bundled OCHA boundaries (governorates shaded by
// how many events they have, districts outlined), an optional tile layer, and the
// events as clustered circles coloured by type and sized by fatalities.

import { api } from "./api.js";
import { el } from "./dom.js";
import { eventTypeLabel, t } from "./i18n.js";

export const TYPE_COLORS = {
  "Battles": "#c0392b",
  "Protests": "#2e86c1",
  "Riots": "#8e44ad",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#7b241c",
  "Strategic developments": "#16a085",
};

export function typeClass(type) {
  return "type-" + String(type).toLowerCase().replace(/[^a-z]+/g, "-");
}

export function markerRadius(fatalities) {
  return 6 + 3 * Math.sqrt(Math.min(fatalities || 0, 400));
}

export class EventMap {
  constructor(node, config, onOpen) {
    this.onOpen = onOpen;
    // markercluster needs a maxZoom even when no tile layer sets one
    this.map = L.map(node, { zoomControl: true, attributionControl: true, minZoom: 5, maxZoom: 16 })
      .setView([35.0, 38.5], 7);
    if (config.tiles_url) {
      L.tileLayer(config.tiles_url, { attribution: config.tiles_attribution || "", maxZoom: 18 }).addTo(this.map);
    }
    this.counts = {};
    this.governorates = null;
    this.clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40,
      iconCreateFunction: (cluster) => this.clusterIcon(cluster) });
    this.map.addLayer(this.clusters);
  }

  async loadBoundaries() {
    const [admin1, admin2] = await Promise.all([api("/api/boundaries/admin1"), api("/api/boundaries/admin2")]);
    L.geoJSON(admin2, { interactive: false, style: { color: "#9aa5b1", weight: 0.6, fill: false } }).addTo(this.map);
    this.governorates = L.geoJSON(admin1, {
      style: (feature) => this.governorateStyle(feature),
      onEachFeature: (feature, layer) => layer.bindTooltip(() => this.governorateLabel(feature), { sticky: true }),
    }).addTo(this.map);
    this.governorates.bringToBack();
    this.map.fitBounds(this.governorates.getBounds(), { padding: [10, 10] });
    return admin1.features.map((f) => f.properties.admin1).sort();
  }

  governorateLabel(feature) {
    const name = feature.properties.admin1;
    const label = document.documentElement.lang === "ar" ? feature.properties.name_ar || name : name;
    return `${label}: ${this.counts[name] || 0}`;
  }

  governorateStyle(feature) {
    const count = this.counts[feature.properties.admin1] || 0;
    const max = Math.max(1, ...Object.values(this.counts));
    const share = count ? 0.15 + 0.6 * (count / max) : 0;
    return { color: "#52606d", weight: 1.2, fillColor: "#b03a2e", fillOpacity: share };
  }

  setCounts(counts) {
    this.counts = counts;
    if (this.governorates) this.governorates.setStyle((feature) => this.governorateStyle(feature));
  }

  clusterIcon(cluster) {
    const byType = {};
    for (const marker of cluster.getAllChildMarkers()) {
      byType[marker.options.eventType] = (byType[marker.options.eventType] || 0) + 1;
    }
    const top = Object.entries(byType).sort((a, b) => b[1] - a[1])[0][0];
    const count = cluster.getChildCount();
    const size = 28 + Math.min(24, Math.round(Math.log2(count) * 4));
    const label = el("span", { text: String(count) });
    return L.divIcon({ html: label, className: `cluster-icon ${typeClass(top)}`, iconSize: [size, size] });
  }

  setEvents(events) {
    this.clusters.clearLayers();
    const markers = [];
    for (const event of events) {
      if (event.latitude === null || event.longitude === null) continue;
      const color = TYPE_COLORS[event.event_type] || "#555";
      const marker = L.circleMarker([event.latitude, event.longitude], {
        radius: markerRadius(event.fatalities), color: "#1f2933", weight: 1, fillColor: color, fillOpacity: 0.85,
        eventType: event.event_type, className: `event-marker ${typeClass(event.event_type)}`,
      });
      marker.bindPopup(() => this.card(event), { maxWidth: 320 });
      markers.push(marker);
    }
    this.clusters.addLayers(markers);
  }

  card(event) {
    return el("div", { class: "event-card", dataset: { eventId: event.id } },
      el("strong", { text: eventTypeLabel(event.event_type) }),
      el("div", { text: event.sub_event_type }),
      el("div", { text: [event.date, event.location_en, event.admin1].filter(Boolean).join(" · ") }),
      event.location_ar ? el("div", { dir: "rtl", lang: "ar", class: "bidi", text: event.location_ar }) : null,
      el("div", { text: [event.actor1, event.actor2].filter(Boolean).join(" vs ") }),
      el("div", { text: `${t("detail.fatalities")}: ${event.fatalities ?? "–"}` }),
      el("button", { type: "button", class: "primary open-event", text: t("detail.open"),
        onclick: () => this.onOpen(event.id) }));
  }
}
