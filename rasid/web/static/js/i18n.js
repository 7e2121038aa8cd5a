// Interface strings in English and Arabic. Switching language flips the page to
// right-to-left; data (actor names, article text) is shown as stored.

const STRINGS = {
  en: {
    "app.title": "rasid", "lang.switch": "عربي",
    "tab.explore": "Explore", "tab.review": "Review log", "tab.code": "Code an article",
    "auth.title": "Log in", "auth.username": "User name", "auth.password": "Password", "auth.submit": "Log in",
    "auth.logout": "Log out",
    "filters.title": "Filters", "filters.q": "Search", "filters.event_type": "Event type",
    "filters.admin1": "Governorate", "filters.actor": "Actor", "filters.date_from": "From", "filters.date_to": "To",
    "filters.status": "Review status", "filters.any": "Any", "filters.apply": "Apply", "filters.reset": "Reset",
    "status.default": "Not rejected", "status.any": "Any", "status.machine": "machine", "status.confirmed": "confirmed",
    "status.edited": "edited", "status.rejected": "rejected", "status.merged": "merged",
    "summary": "{events} events, {fatalities} fatalities",
    "timeline.title": "Events per week", "timeline.hint": "Drag across the bars to filter by dates.",
    "timeline.clear": "Clear range",
    "table.prev": "Previous", "table.next": "Next", "table.page": "{from}–{to} of {total}",
    "col.date": "Date", "col.event_type": "Type", "col.sub_event_type": "Sub-type", "col.actor1": "Actor 1",
    "col.actor2": "Actor 2", "col.location_en": "Location", "col.admin1": "Governorate", "col.fatalities": "Fatalities",
    "col.status": "Status", "col.notes": "Notes (English)", "col.when": "When", "col.user": "Who", "col.event": "Event", "col.field": "Field",
    "col.before": "Before", "col.after": "After",
    "export.csv": "CSV", "export.geojson": "GeoJSON", "export.jsonl": "JSONL",
    "detail.close": "Close", "detail.open": "Open", "detail.notes": "Notes", "detail.document": "Source document",
    "detail.claims": "Claims in this document", "detail.no_claims": "No claims.", "detail.history": "History",
    "detail.no_history": "No review yet.", "detail.actors": "Actors", "detail.place": "Place",
    "detail.fatalities": "Fatalities", "detail.source": "Reported by", "detail.status": "Status",
    "detail.confidence": "Confidence", "detail.evidence": "Evidence", "detail.merged_into": "Merged into event {id}",
    "review.title": "Review", "review.confirm": "Confirm", "review.reject": "Reject", "review.edit": "Edit",
    "review.save": "Save", "review.cancel": "Cancel", "review.merge": "Merge into this event",
    "review.merge_ids": "Event ids to merge (comma-separated)", "review.saved": "Saved.",
    "code.title": "Paste or upload an article", "code.titlefield": "Title", "code.published": "Published",
    "code.text": "Text", "code.file": "…or a file (txt, html, json)", "code.submit": "Code it",
    "code.running": "Coding…", "code.stage": "{name}: {sentences} sentences, {mentions} mentions, {claims} claims, {events} events ({ms} ms)",
    "code.duplicate": "This text was coded before; showing the stored result.", "code.events": "Events found",
    "code.none": "No event found in this text.", "code.need_text": "Paste a text or choose a file.",
    "audit.title": "Review log",
    "field.event": "event", "field.trigger": "trigger", "field.location": "place", "field.date": "date",
    "field.fatalities": "fatalities", "field.attribution": "source", "field.actor1": "actor 1", "field.actor2": "actor 2",
  },
  ar: {
    "app.title": "راصد", "lang.switch": "English",
    "tab.explore": "استكشاف", "tab.review": "سجل المراجعة", "tab.code": "ترميز مقال",
    "auth.title": "تسجيل الدخول", "auth.username": "اسم المستخدم", "auth.password": "كلمة المرور",
    "auth.submit": "دخول", "auth.logout": "خروج",
    "filters.title": "التصفية", "filters.q": "بحث", "filters.event_type": "نوع الحدث", "filters.admin1": "المحافظة",
    "filters.actor": "الطرف", "filters.date_from": "من", "filters.date_to": "إلى", "filters.status": "حالة المراجعة",
    "filters.any": "الكل", "filters.apply": "تطبيق", "filters.reset": "إعادة ضبط",
    "status.default": "غير المرفوضة", "status.any": "الكل", "status.machine": "آلي", "status.confirmed": "مؤكد",
    "status.edited": "معدّل", "status.rejected": "مرفوض", "status.merged": "مدمج",
    "summary": "{events} حدثاً، {fatalities} قتيلاً",
    "timeline.title": "الأحداث في كل أسبوع", "timeline.hint": "اسحب فوق الأعمدة لتصفية التواريخ.",
    "timeline.clear": "إلغاء النطاق",
    "table.prev": "السابق", "table.next": "التالي", "table.page": "{from}–{to} من {total}",
    "col.date": "التاريخ", "col.event_type": "النوع", "col.sub_event_type": "النوع الفرعي", "col.actor1": "الطرف الأول",
    "col.actor2": "الطرف الثاني", "col.location_en": "المكان", "col.admin1": "المحافظة", "col.fatalities": "القتلى",
    "col.status": "الحالة", "col.notes": "ملاحظات (بالإنجليزية)", "col.when": "متى", "col.user": "من", "col.event": "الحدث", "col.field": "الحقل",
    "col.before": "قبل", "col.after": "بعد",
    "export.csv": "CSV", "export.geojson": "GeoJSON", "export.jsonl": "JSONL",
    "detail.close": "إغلاق", "detail.open": "فتح", "detail.notes": "ملاحظات", "detail.document": "المصدر",
    "detail.claims": "ادعاءات المقال", "detail.no_claims": "لا ادعاءات.", "detail.history": "السجل",
    "detail.no_history": "لم يُراجع بعد.", "detail.actors": "الأطراف", "detail.place": "المكان",
    "detail.fatalities": "القتلى", "detail.source": "المصدر", "detail.status": "الحالة", "detail.confidence": "الثقة",
    "detail.evidence": "الدليل", "detail.merged_into": "مدمج في الحدث {id}",
    "review.title": "المراجعة", "review.confirm": "تأكيد", "review.reject": "رفض", "review.edit": "تعديل",
    "review.save": "حفظ", "review.cancel": "إلغاء", "review.merge": "دمج في هذا الحدث",
    "review.merge_ids": "أرقام الأحداث المراد دمجها (مفصولة بفواصل)", "review.saved": "حُفظ.",
    "code.title": "الصق مقالاً أو ارفعه", "code.titlefield": "العنوان", "code.published": "تاريخ النشر",
    "code.text": "النص", "code.file": "…أو ملف (txt, html, json)", "code.submit": "رمّز",
    "code.running": "جارٍ الترميز…", "code.stage": "{name}: {sentences} جمل، {mentions} إشارات، {claims} ادعاءات، {events} أحداث ({ms} م.ث)",
    "code.duplicate": "رُمّز هذا النص من قبل؛ هذه النتيجة المحفوظة.", "code.events": "الأحداث",
    "code.none": "لم يُعثر على حدث في هذا النص.", "code.need_text": "الصق نصاً أو اختر ملفاً.",
    "audit.title": "سجل المراجعة",
    "field.event": "الحدث", "field.trigger": "الفعل", "field.location": "المكان", "field.date": "التاريخ",
    "field.fatalities": "القتلى", "field.attribution": "المصدر", "field.actor1": "الطرف الأول", "field.actor2": "الطرف الثاني",
  },
};

const EVENT_TYPES_AR = {
  "Battles": "معارك",
  "Protests": "احتجاجات",
  "Riots": "أعمال شغب",
  "Explosions/Remote violence": "انفجارات/عنف عن بُعد",
  "Violence against civilians": "عنف ضد المدنيين",
  "Strategic developments": "تطورات استراتيجية",
};

let language = localStorage.getItem("rasid.lang") === "ar" ? "ar" : "en";

export function currentLanguage() {
  return language;
}

export function t(key, values = {}) {
  const template = STRINGS[language][key] ?? STRINGS.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ""));
}

export function eventTypeLabel(type) {
  return language === "ar" ? EVENT_TYPES_AR[type] || type : type;
}

export function applyLanguage(root = document) {
  document.documentElement.lang = language;
  document.documentElement.dir = language === "ar" ? "rtl" : "ltr";
  for (const node of root.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
}

export function toggleLanguage() {
  language = language === "ar" ? "en" : "ar";
  localStorage.setItem("rasid.lang", language);
  applyLanguage();
}
