"""Each extraction stage on its own, over hand-built Documents.

The stages are called directly (``annotate_sentences``, ``annotate_mentions``,
``build_claims``, ``build_events``), each on the output of the ones before it, so a
failure points at one stage. Every sentence here is written for these tests; the
publication date is Tuesday 2024-05-14 unless a test says otherwise.

Tests marked ``xfail(strict=True)`` pin known extraction weaknesses: when one starts to
pass, pytest reports XPASS as a failure and the marker should be removed.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from rasid.extract.claims import build_claims
from rasid.extract.events import build_events, consolidate
from rasid.extract.mentions import annotate_mentions, annotate_sentences
from rasid.extract.resources import Resources
from rasid.model import ActorRef, Document, Event, Evidence, Mention, Place, Span
from rasid.pipeline import Pipeline

# --- helpers --------------------------------------------------------------------------

# Left-to-right/right-to-left marks, embeddings, overrides, isolates and the Arabic letter mark.
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
RLM = "\u200f"
TATWEEL = "\u0640"


@pytest.fixture(scope="module")
def resources(pipeline: Pipeline) -> Resources:
    return pipeline.resources


def sentenced(doc: Document, resources: Resources) -> Document:
    return annotate_sentences(doc, resources)


def mentioned(doc: Document, resources: Resources) -> Document:
    return annotate_mentions(annotate_sentences(doc, resources), resources)


def claimed(doc: Document, resources: Resources) -> Document:
    return build_claims(mentioned(doc, resources), resources)


def coded(doc: Document, resources: Resources) -> Document:
    """All four stages, called one by one (not through ``Pipeline``)."""
    return build_events(claimed(doc, resources), resources)


def quotes(doc: Document, label: str) -> list[str]:
    return [doc.quote(m.span) for m in doc.mentions_of(label)]


def mentions_quoting(doc: Document, label: str, surface: str) -> list[Mention]:
    return [m for m in doc.mentions_of(label) if doc.quote(m.span) == surface]


def only_event(doc: Document) -> Event:
    assert len(doc.events) == 1, [(e.event_type, e.sub_event_type, e.place) for e in doc.events]
    return doc.events[0]


def actor_names(event: Event) -> set[str]:
    return {a.name for a in (event.actor1, event.actor2) if a is not None}


def assert_evidence_inside(doc: Document) -> None:
    """Every event points at a stretch of its own text, and the trigger lies inside it."""
    for event in doc.events:
        assert "event" in event.evidence, event
        span = event.evidence["event"].span
        assert 0 <= span.start < span.end <= len(doc.text)
        assert doc.quote(span).strip(), "empty evidence"
        assert any(s.covers(span) for s in doc.sentences) or any(span.covers(s) for s in doc.sentences)
        trigger = event.evidence.get("trigger")
        if trigger is not None:
            assert span.covers(trigger.span), (doc.quote(span), doc.quote(trigger.span))
        for name, ev in event.evidence.items():
            assert 0 <= ev.span.start <= ev.span.end <= len(doc.text), name


# --- annotate_sentences ---------------------------------------------------------------

AR_TWO = ("قصفت قوات النظام بلدة كنصفرة في ريف إدلب الجنوبي أمس. "
          "وأفادت مصادر محلية بأن القصف أدى إلى أضرار مادية في المنازل.")
EN_TWO = ("Government forces shelled the village of Kansafra in southern Idlib on Monday. "
          "Local sources said the shelling damaged several homes.")
AR_WITH_EN_LINE = ("وصلت تعزيزات عسكرية جديدة لقوات النظام إلى مدينة تدمر في ريف حمص الشرقي أمس.\n"
                   "New army reinforcements arrive in Palmyra tonight\n"
                   "ونشرت صفحات موالية صوراً تظهر عشرات العربات العسكرية على الطريق.")


@pytest.mark.parametrize(
    ("text", "lang", "count"),
    [
        pytest.param(AR_TWO, "ar", 2, id="arabic"),
        pytest.param(EN_TWO, "en", 2, id="english"),
        pytest.param(AR_WITH_EN_LINE, "mixed", 3, id="arabic-with-english-line"),
    ],
)
def test_mentions_annotate_sentences_gives_spans_and_language(
    make_doc, resources: Resources, text: str, lang: str, count: int
) -> None:
    doc = sentenced(make_doc(text), resources)
    assert doc.lang == lang
    assert len(doc.sentences) == count
    previous_end = 0
    for span in doc.sentences:
        sentence = doc.quote(span)
        assert sentence == sentence.strip() and sentence
        assert span.start >= previous_end  # in order, not overlapping
        previous_end = span.end
    # Nothing but white space lies outside the sentences.
    covered = "".join(doc.quote(s) for s in doc.sentences)
    assert "".join(covered.split()) == "".join(text.split())


def test_mentions_annotate_sentences_splits_at_the_english_line(make_doc, resources: Resources) -> None:
    doc = sentenced(make_doc(AR_WITH_EN_LINE), resources)
    assert doc.quote(doc.sentences[1]) == "New army reinforcements arrive in Palmyra tonight"


def test_mentions_annotate_sentences_keeps_a_stated_language(make_doc, resources: Resources) -> None:
    doc = sentenced(make_doc(AR_TWO, lang="ar"), resources)
    assert doc.lang == "ar"
    doc = sentenced(make_doc(AR_WITH_EN_LINE, lang="ar"), resources)
    assert doc.lang == "ar"


def test_mentions_annotate_sentences_adds_no_other_annotation(make_doc, resources: Resources) -> None:
    doc = sentenced(make_doc(EN_TWO), resources)
    assert doc.text == EN_TWO
    assert doc.mentions == () and doc.events == () and doc.claims == ()


# --- annotate_mentions ----------------------------------------------------------------

AR_KILLED_SDF = ("قتل ثلاثة عناصر تابعين لقوات سوريا الديمقراطية أمس باشتباكات مع مسلحين مجهولين "
                 "في قرية ذيبان بريف دير الزور الشرقي، بحسب المرصد السوري لحقوق الإنسان.")
EN_SHELLING = ("Government forces shelled the town of Ariha in southern Idlib on Sunday, "
               "killing four civilians, the Syrian Observatory said.")


@pytest.mark.parametrize(
    ("text", "label", "surfaces", "key"),
    [
        # An actor behind a clitic: the span may or may not take in the "ل", but the name is found.
        pytest.param(AR_KILLED_SDF, "ACTOR", {"قوات سوريا الديمقراطية", "لقوات سوريا الديمقراطية"},
                     "SDF: Syrian Democratic Forces", id="ar-actor-with-clitic"),
        pytest.param(EN_SHELLING, "ACTOR", {"Government forces"}, "Military Forces of Syria (2000-2024)",
                     id="en-actor"),
        pytest.param(AR_KILLED_SDF, "TRIGGER", {"اشتباكات", "باشتباكات"}, "Armed clash", id="ar-trigger"),
        pytest.param(EN_SHELLING, "TRIGGER", {"shelled"}, "Shelling/artillery/missile attack", id="en-trigger"),
        pytest.param(AR_KILLED_SDF, "SOURCE", {"المرصد السوري لحقوق الإنسان"}, "SOHR", id="ar-source"),
        pytest.param(EN_SHELLING, "SOURCE", {"Syrian Observatory", "the Syrian Observatory"}, "SOHR",
                     id="en-source"),
        pytest.param(AR_KILLED_SDF, "DATE", {"أمس"}, "2024-05-13", id="ar-yesterday"),
        pytest.param(EN_SHELLING, "DATE", {"Sunday", "on Sunday"}, "2024-05-12", id="en-weekday"),
        pytest.param(AR_KILLED_SDF, "NUMBER", {"ثلاثة"}, "3", id="ar-number-word"),
        pytest.param(EN_SHELLING, "NUMBER", {"four"}, "4", id="en-number-word"),
        pytest.param("قتل ١٢ عنصراً من قوات النظام أمس في بادية حمص.", "NUMBER", {"١٢"}, "12",
                     id="arabic-indic-digits"),
    ],
)
def test_mentions_annotate_mentions_finds_each_kind(
    make_doc, resources: Resources, text: str, label: str, surfaces: set[str], key: str
) -> None:
    doc = mentioned(make_doc(text), resources)
    found = [(doc.quote(m.span), m.key) for m in doc.mentions_of(label)]
    assert any(q in surfaces and k == key for q, k in found), found


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        pytest.param(AR_KILLED_SDF, "ذيبان", "Deir ez-Zor", id="ar-village"),
        pytest.param(EN_SHELLING, "Ariha", "Idlib", id="en-town"),
        pytest.param("سقطت قذيفة هاون على بلدة جرمانا بريف دمشق أمس.", "جرمانا", "Rural Damascus", id="ar-town"),
    ],
)
def test_mentions_annotate_mentions_finds_places_in_the_gazetteer(
    make_doc, resources: Resources, text: str, surface: str, admin1: str
) -> None:
    doc = mentioned(make_doc(text), resources)
    places = mentions_quoting(doc, "PLACE", surface)
    assert places, quotes(doc, "PLACE")
    candidates = [resources.gazetteer.by_id(pid) for pid in places[0].get("candidates", (places[0].key,))]
    assert admin1 in {p.admin1 for p in candidates}


def test_mentions_annotate_mentions_resolves_relative_dates_against_published(
    make_doc, resources: Resources
) -> None:
    text = "قصفت قوات النظام أمس بلدة كنصفرة في ريف إدلب الجنوبي."
    for published, expected in (("2024-05-14", "2024-05-13"), ("2024-01-01", "2023-12-31")):
        doc = mentioned(make_doc(text, published=published), resources)
        assert [m.key for m in doc.mentions_of("DATE")] == [expected]


def test_mentions_annotate_mentions_assigns_sentence_indices(make_doc, resources: Resources) -> None:
    doc = mentioned(make_doc(AR_TWO), resources)
    assert doc.mentions
    for mention in doc.mentions:
        assert doc.sentences[mention.sentence].covers(mention.span), (mention, doc.quote(mention.span))
    assert {m.sentence for m in doc.mentions} == {0, 1}


# Decorated texts: tatweel inside a word, diacritics, and right-to-left marks before names.
TATWEEL_RLM = f"سقطت قذيـفة صاروخية أمس على بلدة {RLM}جرمانا بريف دمشق، ما أدى إلى إصابة طفلين بجروح."
DIACRITICS_RLM = (f"أُصِيبَ ثلاثةُ مدنيينَ بجروحٍ جراءَ قذيـــفةِ هاونٍ سقطت على بلدة {RLM}جرمانا "
                  f"بريف {RLM}دمشق أمسِ، بحسب {RLM}المرصد السوري.")
BIDI_MIXED = f"\u202bقصفت قوات النظام\u202c أمس بلدة \u2067كنصفرة\u2069 في ريف إدلب{RLM}، وفق مصادر محلية."
DECORATED = [
    pytest.param(TATWEEL_RLM, id="tatweel-and-rlm"),
    pytest.param(DIACRITICS_RLM, id="diacritics-and-rlm"),
    pytest.param(BIDI_MIXED, id="embeddings-and-isolates"),
    pytest.param(AR_KILLED_SDF, id="plain-arabic"),
    pytest.param(EN_SHELLING, id="plain-english"),
]


@pytest.mark.parametrize("text", DECORATED)
def test_mentions_every_span_slices_the_original_text(make_doc, resources: Resources, text: str) -> None:
    doc = mentioned(make_doc(text), resources)
    assert doc.text == text  # the stage never rewrites the text
    assert doc.mentions
    for mention in doc.mentions:
        quote = doc.quote(mention.span)
        assert 0 <= mention.span.start < mention.span.end <= len(text), mention
        assert quote == quote.strip(), (mention.label, quote)
        assert quote[0] not in BIDI_CONTROLS and quote[-1] not in BIDI_CONTROLS, (mention.label, quote)
        assert quote[0] != TATWEEL and quote[-1] != TATWEEL, (mention.label, quote)
        # A mention starts and ends on a letter or digit (no cut through a word's marks).
        assert not unicodedata.category(quote[0]).startswith("M"), (mention.label, quote)


def test_mentions_tatweel_stays_in_the_quoted_trigger(make_doc, resources: Resources) -> None:
    doc = mentioned(make_doc(TATWEEL_RLM), resources)
    triggers = quotes(doc, "TRIGGER")
    assert any(q.startswith("قذيـفة") for q in triggers), triggers
    places = mentions_quoting(doc, "PLACE", "جرمانا")
    assert places and doc.text[places[0].span.start - 1] == RLM


@pytest.mark.parametrize(("text", "drones"), [
    ("وشارك الآلاف في مسيرة الأعلام في وسط المدينة اليوم.", []),
    ("وخرجت مسيرات حاشدة في المدينة دعماً للمقاومة.", []),
    ("ودعا المنظمون إلى مسيرة الحرية ومسيرة العودة قرب السياج يوم الجمعة.", []),
    ("وانطلقت مسيرة تضامنية من ساحة البلدة.", []),
    ("واستهدفت مسيرة إسرائيلية سيارة قرب البلدة.", ["مسيرة"]),
    ("وأسقطت الدفاعات مسيرة الاحتلال فوق البلدة.", ["مسيرة"]),
    ("وشنّت المقاومة هجوماً بالمسيّرات الانقضاضية على الموقع.", ["المسيّرات"]),
])
def test_mentions_a_march_is_no_drone(make_doc, resources: Resources, text: str, drones: list[str]) -> None:
    doc = mentioned(make_doc(text), resources)
    assert [doc.quote(m.span) for m in doc.mentions_of("TRIGGER") if m.key == "Air/drone strike"] == drones


def test_mentions_heroes_disarm_nothing(make_doc, resources: Resources) -> None:
    doc = mentioned(make_doc("وحيّت الحركة أبطال كتيبة جنين. وتمكنت الوحدات الهندسية من إبطال مفعول عبوة ناسفة."),
                    resources)
    assert [doc.quote(m.span) for m in doc.mentions_of("TRIGGER") if m.key == "Disrupted weapons use"] == ["إبطال مفعول"]


def test_mentions_hostages_held_or_in_a_figure_are_no_abduction(make_doc, resources: Resources) -> None:
    text = ("وطالب الأهالي بالإفراج عن الرهائن. وظل مجلس الأمن رهينة المصالح. وعامل الحاكم خصومه كرهائن. "
            "وخطف المسلحون اليوم 5 رهائن من القرية.")
    doc = mentioned(make_doc(text), resources)
    assert [doc.quote(m.span) for m in doc.mentions_of("TRIGGER")] == ["خطف", "رهائن"]


def test_mentions_a_regime_brought_down_is_no_aircraft(make_doc, resources: Resources) -> None:
    text = ("وطالب المتظاهرون بإسقاط النظام. وأعلن الجيش إسقاط مسيرتين فوق حماة. وتصدت الدفاعات للصواريخ "
            "وأسقطت بعضها.")
    doc = mentioned(make_doc(text), resources)
    downed = [m for m in doc.mentions_of("TRIGGER") if m.key == "Disrupted weapons use"]
    assert [doc.quote(m.span) for m in downed] == ["إسقاط", "أسقطت"]
    assert all(m.span.start > text.index("وأعلن") for m in downed)


def test_mentions_diacritics_and_marks_do_not_hide_names(make_doc, resources: Resources) -> None:
    doc = mentioned(make_doc(DIACRITICS_RLM), resources)
    assert any(q.startswith("قذيـــفةِ هاون") or q.startswith("قذيـــفة") for q in quotes(doc, "TRIGGER"))
    assert "جرمانا" in quotes(doc, "PLACE")
    assert "المرصد السوري" in quotes(doc, "SOURCE")
    assert [m.key for m in doc.mentions_of("DATE")] == ["2024-05-13"]


def test_mentions_decorations_do_not_change_what_is_found(make_doc, resources: Resources) -> None:
    plain = "سقطت قذيفة صاروخية أمس على بلدة جرمانا بريف دمشق، ما أدى إلى إصابة طفلين بجروح."
    found_plain = [(m.label, m.key) for m in mentioned(make_doc(plain), resources).mentions]
    found_decorated = [(m.label, m.key) for m in mentioned(make_doc(TATWEEL_RLM), resources).mentions]
    assert found_decorated == found_plain


def test_mentions_the_occupation_s_army_glued_to_the_next_word_is_no_new_group(make_doc, resources: Resources) -> None:
    doc = mentioned(make_doc('وأقر "جيش" الاحتلالبمقتل جندي في مزارع شبعا.'), resources)
    assert not [m for m in doc.mentions if m.label == "ACTOR" and m.rule == "actors.unknown_group"]


# --- build_claims ---------------------------------------------------------------------

AR_STATISTIC = ("ووثق المرصد السوري منذ مطلع العام الحالي 64 عملية لخلايا تنظيم الدولة الإسلامية "
                "في البادية السورية، أسفرت عن مقتل 120 عنصراً من قوات النظام والمسلحين الموالين لها.")
EN_STATISTIC = ("Since the start of the year, more than 300 people have been killed in attacks across "
                "Daraa province, according to the Syrian Observatory.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(AR_STATISTIC, {("attacks", 64.0), ("fatalities", 120.0)}, id="arabic-year-to-date"),
        pytest.param(EN_STATISTIC, {("fatalities", 300.0)}, id="english-year-to-date"),
    ],
)
def test_claims_aggregate_statistic_becomes_claims(
    make_doc, resources: Resources, text: str, expected: set[tuple[str, float]]
) -> None:
    doc = claimed(make_doc(text), resources)
    assert expected <= {(c.metric, c.value) for c in doc.claims}
    for claim in doc.claims:
        assert claim.evidence is not None
        span = claim.evidence.span
        assert 0 <= span.start < span.end <= len(text)
        assert str(int(claim.value)) in doc.quote(span)
    assert {c.attribution for c in doc.claims} == {"SOHR"}


@pytest.mark.parametrize("text", [pytest.param(AR_STATISTIC, id="arabic"), pytest.param(EN_STATISTIC, id="english")])
def test_claims_aggregate_statistic_is_not_an_event(make_doc, resources: Resources, text: str) -> None:
    doc = coded(make_doc(text), resources)
    assert doc.claims
    assert doc.events == ()


def test_claims_statistic_after_an_incident_leaves_the_incident(make_doc, resources: Resources) -> None:
    text = ("قتل ثلاثة عناصر من قوات النظام أمس بانفجار عبوة ناسفة في مدينة الميادين بريف دير الزور. "
            "وبذلك يرتفع عدد القتلى منذ مطلع العام الحالي إلى 140 عنصراً، بحسب المرصد السوري.")
    doc = coded(make_doc(text), resources)
    assert 140.0 in {c.value for c in doc.claims}
    event = only_event(doc)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.fatalities == 3
    assert event.evidence["event"].span.end <= text.index("وبذلك")  # the incident's sentence, not the total's


def test_claims_running_death_toll_is_a_fatalities_claim(make_doc, resources: Resources) -> None:
    text = ("قتل ثلاثة عناصر من قوات النظام أمس بانفجار عبوة ناسفة في مدينة الميادين بريف دير الزور. "
            "وبذلك يرتفع عدد القتلى منذ مطلع العام الحالي إلى 140 عنصراً، بحسب المرصد السوري.")
    doc = claimed(make_doc(text), resources)
    assert ("fatalities", 140.0) in {(c.metric, c.value) for c in doc.claims}


def test_claims_single_incident_toll_is_not_a_claim(make_doc, resources: Resources) -> None:
    doc = claimed(make_doc(EN_SHELLING), resources)
    assert doc.claims == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("قالت وزارة الصحة إن عدد القتلى في المحافظة ارتفع إلى 1520 قتيلاً و4300 جريح منذ الـ9 من "
                     "تشرين الأول/أكتوبر الماضي.", {("fatalities", 1520.0), ("injured", 4300.0)}, id="day-of-a-since-date"),
        pytest.param("وقالت الوزارة إن المستشفيات استقبلت 45 قتيلاً و70 جريحاً خلال الساعات الـ24 الماضية.",
                     {("fatalities", 45.0), ("injured", 70.0)}, id="hours-with-the-article"),
    ],
)
def test_claims_numbers_of_dates_and_hours_count_nobody(
    make_doc, resources: Resources, text: str, expected: set[tuple[str, float]]
) -> None:
    doc = claimed(make_doc(text), resources)
    assert {(c.metric, c.value) for c in doc.claims} == expected
    assert all(c.area is None for c in doc.claims)  # the month "تشرين" is no village of that name


@pytest.mark.parametrize(("text", "expected"), [
    ('Dozens of "fighters" were killed in less than 24 hours of fierce clashes in Aleppo province.',
     {("fatalities", 12.0)}),
    ("Air strikes have killed hundreds of civilians in Aleppo province since 2013.", set()),
    ("Three years of war have killed more than 200000 people in Syria.", {("fatalities", 200000.0)}),
    ("135 Civilians Killed in Escalating Bombardment on Idlib in Last Three Days.", {("fatalities", 135.0)}),
    ("After years of siege, rebels in Douma fired mortars at the city of Damascus today killing two.", set()),
    ("وأحصت الوزارة بين الـ3 والـ9 من شباط الماضي 14 هجوماً على المواقع العسكرية في ريف دير الزور.",
     {("attacks", 14.0)}),
    ("وقال المرصد إن 37 عنصراً قتلوا في المعارك من 2 إلى 8 آذار في ريف إدلب.", {("fatalities", 37.0)}),
    ("استشهد 5 فلسطينيين اليوم برصاص قوات الاحتلال في أنحاء متفرقة من الضفة الغربية.", {("fatalities", 5.0)}),
])
def test_claims_which_tolls_add_up_over_a_period(
    make_doc, resources: Resources, text: str, expected: set[tuple[str, float]]
) -> None:
    doc = claimed(make_doc(text), resources)
    assert {(c.metric, c.value) for c in doc.claims} == expected


def test_claims_force_sizes_are_claims_without_a_period(make_doc, resources: Resources) -> None:
    text = "وصلت أمس تعزيزات تضم 40 عربة عسكرية و500 مقاتل من الفرقة الرابعة إلى مدينة البوكمال."
    doc = claimed(make_doc(text), resources)
    assert {("vehicles", 40.0), ("fighters", 500.0)} <= {(c.metric, c.value) for c in doc.claims}


# --- build_events ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors", "admin1", "fatalities"),
    [
        pytest.param(
            "اندلعت أمس اشتباكات عنيفة بين قوات سوريا الديمقراطية ومسلحين من العشائر في قرية ذيبان "
            "بريف دير الزور الشرقي، ما أسفر عن مقتل 5 مقاتلين.",
            {"SDF: Syrian Democratic Forces", "Unidentified Tribal Militia (Syria)"}, "Deir ez-Zor", 5,
            id="sdf-tribes-deir-ez-zor"),
        pytest.param(
            "اندلعت أمس اشتباكات عنيفة بين هيئة تحرير الشام وقوات النظام على محور قرية الفطيرة في جبل "
            "الزاوية بريف إدلب الجنوبي، أسفرت عن مقتل 4 عناصر من قوات النظام.",
            {"HTS: Hayat Tahrir al-Sham", "Military Forces of Syria (2000-2024)"}, "Idlib", 4,
            id="hts-army-idlib"),
    ],
)
def test_events_arabic_clash_between_named_actors(
    make_doc, resources: Resources, text: str, actors: set[str], admin1: str, fatalities: int
) -> None:
    doc = coded(make_doc(text), resources)
    event = only_event(doc)
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert actor_names(event) == actors
    assert event.place is not None and event.place.admin1 == admin1
    assert event.fatalities == fatalities
    assert event.date is not None and event.date.isoformat() == "2024-05-13"  # "أمس"
    assert "date" in event.evidence and doc.quote(event.evidence["date"].span) == "أمس"
    assert_evidence_inside(doc)


def test_events_arabic_clash_names_the_village(make_doc, resources: Resources) -> None:
    text = ("اندلعت أمس اشتباكات عنيفة بين قوات سوريا الديمقراطية ومسلحين من العشائر في قرية ذيبان "
            "بريف دير الزور الشرقي، ما أسفر عن مقتل 5 مقاتلين.")
    event = only_event(coded(make_doc(text), resources))
    assert event.location_text == "ذيبان"
    assert event.geo_precision in (1, 2)


RUSSIAN_BOMBED = ("Russian warplanes bombed the town of Sarmin in Idlib province on Sunday, killing six "
                  "civilians, including two children, according to the Syrian Observatory for Human Rights.")
RUSSIAN_STRUCK = ("Russian warplanes struck the town of Ariha in southern Idlib on Monday, killing four "
                  "civilians, local sources said.")


@pytest.mark.parametrize(
    ("text", "town", "fatalities", "date"),
    [
        pytest.param(RUSSIAN_BOMBED, "Sarmin", 6, "2024-05-12", id="bombed"),
        pytest.param(RUSSIAN_STRUCK, "Ariha", 4, "2024-05-13", id="struck"),
    ],
)
def test_events_english_air_strike_on_civilians(
    make_doc, resources: Resources, text: str, town: str, fatalities: int, date: str
) -> None:
    doc = coded(make_doc(text), resources)
    event = only_event(doc)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Russia"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Syria)"
    assert event.place is not None and event.place.name_en == town and event.place.admin1 == "Idlib"
    assert event.fatalities == fatalities
    assert event.date is not None and event.date.isoformat() == date
    assert_evidence_inside(doc)


def test_events_arabic_strike_named_by_nationality(make_doc, resources: Resources) -> None:
    text = "استهدفت غارات روسية أمس بلدة كفرنبل في ريف إدلب الجنوبي، ما أدى إلى مقتل 3 مدنيين."
    event = only_event(coded(make_doc(text), resources))
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Russia"
    assert event.fatalities == 3


@pytest.mark.parametrize(
    ("text", "admin1", "fatalities", "victim"),
    [
        pytest.param("A roadside bomb exploded near a military bus in the city of Daraa on Tuesday, "
                     "killing three soldiers.", "Daraa", 3, None, id="english"),
        pytest.param("انفجرت عبوة ناسفة صباح اليوم بسيارة عسكرية على طريق الميادين في ريف دير الزور، "
                     "ما أدى إلى مقتل ثلاثة عناصر من قوات النظام.", "Deir ez-Zor", 3,
                     "Military Forces of Syria (2000-2024)", id="arabic"),
    ],
)
def test_events_ied(make_doc, resources: Resources, text: str, admin1: str, fatalities: int,
                    victim: str | None) -> None:
    doc = coded(make_doc(text), resources)
    event = only_event(doc)
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence",
                                                        "Remote explosive/landmine/IED")
    assert event.place is not None and event.place.admin1 == admin1
    assert event.fatalities == fatalities
    assert event.actor1 is not None and event.actor1.name == "Unidentified Armed Group (Syria)"
    if victim is not None:
        assert event.actor2 is not None and event.actor2.name == victim
    assert event.date is not None and event.date.isoformat() == "2024-05-14"
    assert_evidence_inside(doc)


def test_events_arabic_dual_counts_two(make_doc, resources: Resources) -> None:
    text = ("انفجرت عبوة ناسفة صباح اليوم بسيارة عسكرية على طريق الميادين في ريف دير الزور، "
            "ما أدى إلى مقتل عنصرين من قوات النظام.")
    assert only_event(coded(make_doc(text), resources)).fatalities == 2


PROTEST_AR = ("خرج العشرات من أهالي مدينة السويداء، أمس الاثنين، في مظاهرة احتجاجية وسط ساحة الكرامة "
              "للمطالبة بالإفراج عن المعتقلين.")
PROTEST_EN = "Hundreds of people took part in a protest in the city of Idlib on Monday against rising prices."
PROTESTERS_EN = "Hundreds of protesters rallied in the city of Idlib on Monday, demanding jobs and electricity."


@pytest.mark.parametrize(
    ("text", "admin1", "date"),
    [
        pytest.param(PROTEST_AR, "Suwayda", "2024-05-13", id="arabic"),
        pytest.param(PROTEST_EN, "Idlib", "2024-05-13", id="english"),
        pytest.param(PROTESTERS_EN, "Idlib", "2024-05-13", id="english-protesters"),
    ],
)
def test_events_protest(make_doc, resources: Resources, text: str, admin1: str, date: str) -> None:
    doc = coded(make_doc(text), resources)
    event = only_event(doc)
    assert (event.event_type, event.sub_event_type) == ("Protests", "Peaceful protest")
    assert event.actor1 is not None and event.actor1.name == "Protesters (Syria)"
    assert event.actor1.inter == 6
    assert event.place is not None and event.place.admin1 == admin1
    assert event.date is not None and event.date.isoformat() == date
    assert event.fatalities is None
    assert_evidence_inside(doc)


@pytest.mark.parametrize("text", [pytest.param(PROTEST_AR, id="arabic"), pytest.param(PROTEST_EN, id="english")])
def test_events_peaceful_protest_has_no_second_actor(make_doc, resources: Resources, text: str) -> None:
    assert only_event(coded(make_doc(text), resources)).actor2 is None


@pytest.mark.parametrize(
    ("text", "actor1", "town"),
    [
        pytest.param("استقدمت قوات النظام تعزيزات عسكرية إلى بلدة سراقب في ريف إدلب الشرقي، أمس.",
                     "Military Forces of Syria (2000-2024)", "Saraqeb", id="arabic"),
        pytest.param("Government forces sent reinforcements to the town of Saraqib in eastern Idlib on Monday.",
                     "Military Forces of Syria (2000-2024)", "Saraqeb", id="english"),
    ],
)
def test_events_reinforcements_are_a_change_to_group_activity(
    make_doc, resources: Resources, text: str, actor1: str, town: str
) -> None:
    doc = coded(make_doc(text), resources)
    event = only_event(doc)
    assert (event.event_type, event.sub_event_type) == ("Strategic developments", "Change to group/activity")
    assert event.actor1 is not None and event.actor1.name == actor1
    assert event.place is not None and event.place.name_en == town and event.place.admin1 == "Idlib"
    assert event.fatalities is None  # not a violent event: no fatality count at all
    assert event.date is not None and event.date.isoformat() == "2024-05-13"
    assert_evidence_inside(doc)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وكانت قوات النظام قد سيطرت على بلدة خان شيخون في ريف إدلب الجنوبي عام 2016 بعد معارك "
                     "عنيفة.", id="arabic-past-year"),
        pytest.param("وشهدت مدينة دوما في ريف دمشق عام 2016 اشتباكات عنيفة بين فصائل المعارضة وقوات النظام "
                     "أسفرت عن مقتل العشرات.", id="arabic-past-year-clash"),
        pytest.param("Government forces captured the town of Khan Shaykhun in 2016 after fierce fighting.",
                     id="english-past-year"),
        pytest.param("Between 2013 and 2015 the town of Saraqib was shelled almost daily by government artillery.",
                     id="english-year-range"),
    ],
)
def test_events_background_sentence_yields_no_event(make_doc, resources: Resources, text: str) -> None:
    doc = coded(make_doc(text), resources)
    assert doc.events == ()


def test_events_background_sentence_beside_an_incident_keeps_the_incident(
    make_doc, resources: Resources
) -> None:
    text = ("قصفت قوات النظام أمس بلدة كنصفرة في ريف إدلب الجنوبي بقذائف المدفعية. "
            "وكانت البلدة قد شهدت عام 2016 اشتباكات عنيفة بين فصائل المعارضة وقوات النظام.")
    event = only_event(coded(make_doc(text), resources))
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.date is not None and event.date.isoformat() == "2024-05-13"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("هددت هيئة تحرير الشام بشن هجوم على مواقع قوات النظام في ريف حلب الغربي.", id="arabic-threat"),
        pytest.param("لم تشهد بلدة سراقب أي قصف أمس.", id="arabic-negation"),
        pytest.param("Rebels threatened to attack army positions near the town of Saraqib.", id="english-threat"),
        pytest.param("Fighters of Hayat Tahrir al-Sham will launch an offensive on the town of Saraqib next week, "
                     "a commander said.", id="english-future"),
        pytest.param("نفى مصدر عسكري وقوع أي اشتباكات في بلدة نوى بريف درعا أمس.", id="arabic-denial"),
        pytest.param(
            "The army denied that any clashes took place in the town of Jisr al-Shughur on Monday.",
            id="english-denial"),
    ],
)
def test_events_threat_or_negation_yields_no_event(make_doc, resources: Resources, text: str) -> None:
    doc = coded(make_doc(text), resources)
    assert doc.events == (), [(e.sub_event_type, doc.quote(e.span)) for e in doc.events if e.span]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        pytest.param("أصيب ثلاثة مدنيين بجروح أمس جراء قصف مدفعي لقوات النظام على بلدة سرمين في ريف إدلب.",
                     "Idlib", id="arabic"),
        pytest.param("Two civilians were wounded on Sunday when government artillery shelled the town of Atarib "
                     "in western Aleppo.", "Aleppo", id="english"),
    ],
)
def test_events_wounded_only_counts_zero_fatalities(
    make_doc, resources: Resources, text: str, admin1: str
) -> None:
    doc = coded(make_doc(text), resources)
    event = only_event(doc)
    assert event.event_type == "Explosions/Remote violence"
    assert event.fatalities == 0
    assert event.actor2 is not None and event.actor2.name == "Civilians (Syria)"
    assert event.place is not None and event.place.admin1 == admin1
    assert_evidence_inside(doc)


def test_events_government_artillery_is_the_government(make_doc, resources: Resources) -> None:
    text = ("Two civilians were wounded on Sunday when government artillery shelled the town of Atarib "
            "in western Aleppo.")
    event = only_event(coded(make_doc(text), resources))
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Syria (2000-2024)"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("قصفت قوات النظام أمس بلدة كنصفرة في جبل الزاوية بريف إدلب الجنوبي بقذائف المدفعية.\n"
                     "وأفادت مصادر محلية بأن القصف أدى إلى أضرار مادية في منازل المدنيين.\n"
                     "قصفت قوات النظام أمس بلدة كنصفرة في جبل الزاوية بريف إدلب الجنوبي بقذائف المدفعية.",
                     id="arabic"),
        pytest.param("Government forces shelled the village of Kansafra in southern Idlib on Monday.\n"
                     "Local sources said the shelling damaged several homes.\n"
                     "Government forces shelled the village of Kansafra in southern Idlib on Monday.",
                     id="english"),
        pytest.param("Government forces shelled the village of Kansafra in southern Idlib on Monday.\n"
                     "Government forces shelled the village of Kansafra in southern Idlib on Monday.",
                     id="english-back-to-back"),
    ],
)
def test_events_repeated_lead_is_one_event(make_doc, resources: Resources, text: str) -> None:
    doc = coded(make_doc(text), resources)
    event = only_event(doc)
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.place is not None and event.place.name_en == "Kansafra"
    assert event.date is not None and event.date.isoformat() == "2024-05-13"
    assert_evidence_inside(doc)


def test_events_two_incidents_in_two_places_stay_two(make_doc, resources: Resources) -> None:
    text = ("قصفت قوات النظام أمس بلدة كنصفرة في ريف إدلب الجنوبي بقذائف المدفعية.\n"
            "وفي ريف دير الزور الشرقي، اندلعت أمس اشتباكات بين قوات سوريا الديمقراطية ومسلحين من العشائر "
            "في قرية ذيبان، ما أسفر عن مقتل 5 مقاتلين.")
    doc = coded(make_doc(text), resources)
    assert sorted((e.event_type, e.place.admin1 if e.place else None) for e in doc.events) == [
        ("Battles", "Deir ez-Zor"), ("Explosions/Remote violence", "Idlib")]
    assert_evidence_inside(doc)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A car bomb killed at least 11 civilians, among them three children, in a market in the town "
                     "of Azaz, north of Aleppo, on Sunday.", id="english-killed-first"),
        pytest.param("قُتل ١١ مدنياً على الأقل، بينهم ثلاثة أطفال، أمس جراء انفجار سيارة مفخخة في سوق مدينة "
                     "اعزاز بريف حلب الشمالي.", id="arabic"),
        pytest.param("At least 11 civilians, among them three children, were killed on Sunday when a car bomb "
                     "exploded in a market in the town of Azaz, north of Aleppo.", id="english-killed-late"),
    ],
)
def test_events_subtotal_among_them_is_not_the_toll(make_doc, resources: Resources, text: str) -> None:
    doc = coded(make_doc(text), resources)
    event = only_event(doc)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.fatalities == 11
    assert event.actor2 is not None and event.actor2.name == "Civilians (Syria)"
    assert event.place is not None and event.place.name_en == "Azaz"
    assert_evidence_inside(doc)


EVIDENCE_TEXTS = [
    pytest.param(TATWEEL_RLM, id="tatweel-rlm"),
    pytest.param(DIACRITICS_RLM, id="diacritics-rlm"),
    pytest.param(BIDI_MIXED, id="bidi"),
    pytest.param(RUSSIAN_BOMBED, id="english-air"),
    pytest.param(AR_TWO + "\n" + EN_TWO, id="two-languages"),
]


@pytest.mark.parametrize("text", EVIDENCE_TEXTS)
def test_events_evidence_spans_lie_inside_the_text(make_doc, resources: Resources, text: str) -> None:
    doc = coded(make_doc(text), resources)
    assert doc.events
    assert_evidence_inside(doc)
    for event in doc.events:
        location = event.evidence.get("location")
        if location is not None and event.location_text:
            assert doc.quote(location.span) == event.location_text


def test_events_tatweel_and_marks_do_not_change_the_event(make_doc, resources: Resources) -> None:
    plain = "سقطت قذيفة صاروخية أمس على بلدة جرمانا بريف دمشق، ما أدى إلى إصابة طفلين بجروح."
    (a,) = coded(make_doc(plain), resources).events
    (b,) = coded(make_doc(TATWEEL_RLM), resources).events
    assert a == b  # evidence is excluded from Event equality; every coded field is the same


def test_events_without_a_publication_date_still_code(make_doc, resources: Resources) -> None:
    text = "Government forces shelled the village of Kansafra in southern Idlib."
    event = only_event(coded(make_doc(text, published=None), resources))
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.date is None


def test_a_dozen_strikes_in_one_day_are_the_incident_not_a_tally(events_of) -> None:  # type: ignore[no-untyped-def]
    text = 'وأكدت المصادر أن الطيران التركي نفذ اليوم نحو 12 غارة على مواقع لـ"قسد" في مدينة القامشلي.'
    assert [e.sub_event_type for e in events_of(text)] == ["Air/drone strike"]


def test_events_an_undated_retelling_with_the_same_toll_is_the_same_incident(make_doc, resources: Resources) -> None:
    text = ("اندلعت أمس اشتباكات عنيفة في بلدة ذيبان بريف دير الزور أسفرت عن مقتل 4 مقاتلين.\n"
            "وقال مسؤول محلي إن القصف الذي طال ذيبان أدى إلى مقتل 4 مقاتلين.")
    doc = coded(make_doc(text), resources)
    event = only_event(doc)
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 4)
    assert event.date is not None and event.date.isoformat() == "2024-05-13"


def test_events_a_province_level_telling_with_the_same_toll_folds_into_the_bombing(make_doc, resources: Resources) -> None:
    text = ("Date of publication 14 May 2024 At least 9 people were killed Monday in an attack on a wedding party "
            "in Hassakeh province. A suicide bomber blew himself up in a hall in the village of Tall Tawil on "
            "Monday, killing 9 people.")
    doc = coded(make_doc(text), resources)
    event = only_event(doc)
    assert (event.sub_event_type, event.fatalities) == ("Suicide bomb", 9)
    assert event.date is not None and event.date.isoformat() == "2024-05-13"


def test_events_a_lead_of_attacks_in_two_provinces_folds_into_the_attacks_the_body_tells(make_doc, resources: Resources) -> None:
    text = ("14 May 2024 Five killed, 12 others injured due to terrorist attacks in Aleppo and Hama.\n"
            "Three civilians were killed on Tuesday when terrorists fired rocket shells on the al-Midan "
            "neighborhood of Aleppo city.\n"
            "Two civilians were killed on Tuesday when an explosive device went off in the town of Salamiyeh in Hama.")
    doc = coded(make_doc(text), resources)
    assert sorted((e.sub_event_type, e.place.admin1, e.fatalities) for e in doc.events) == [
        ("Remote explosive/landmine/IED", "Hama", 2), ("Shelling/artillery/missile attack", "Aleppo", 3)]
    assert [(c.metric, c.value) for c in doc.claims] == [("fatalities", 5.0), ("injured", 12.0)]


def test_events_strikes_around_the_capital_fold_into_the_place_in_its_countryside(make_doc, resources: Resources) -> None:
    text = ("شنت طائرات إسرائيلية اليوم غارات على محيط دمشق أدت إلى مقتل 3 أشخاص.\n"
            "وأوضح المصدر أن الغارات استهدفت مبنى في منطقة السيدة زينب.")
    doc = coded(make_doc(text), resources)
    event = only_event(doc)
    assert (event.sub_event_type, event.place.admin1, event.fatalities) == ("Air/drone strike", "Rural Damascus", 3)


def test_events_rockets_on_the_capital_itself_stay_apart_from_strikes_in_its_countryside(make_doc, resources: Resources) -> None:
    text = ("Government jets struck the town of Douma on Monday, killing 5 people. "
            "In retaliation rebels fired rockets on Damascus on Monday, killing 2 civilians.")
    doc = coded(make_doc(text), resources)
    assert sorted((e.place.admin1, e.fatalities) for e in doc.events) == [("Damascus", 2), ("Rural Damascus", 5)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The UN says the war has killed more than 250000 people, wounded at least a million and displaced millions "
     "since 2011.", {("fatalities", 250000.0), ("injured", 1000000.0)}),
    ("Since Monday 40 people have been killed and 120 wounded in the shelling of Aleppo, the monitor said.",
     {("fatalities", 40.0), ("injured", 120.0)}),
])
def test_claims_a_verb_counts_the_number_after_it(make_doc, resources: Resources, text: str,
                                                  expected: set[tuple[str, float]]) -> None:
    doc = claimed(make_doc(text), resources)
    assert {(c.metric, c.value) for c in doc.claims} == expected


@pytest.mark.parametrize("text", [
    "يعتقل الجهاز الأمني أكثر من 50 ناشطاً من منازلهم في إدلب.",
    "وبدأت قسد حملة اعتقالات طالت أكثر من 50 شخصاً في أحياء الحسكة.",
])
def test_claims_a_mass_arrest_in_the_present_or_as_a_campaign_is_counted(make_doc, resources: Resources,
                                                                         text: str) -> None:
    doc = claimed(make_doc(text), resources)
    assert ("arrests", 50.0) in {(c.metric, c.value) for c in doc.claims}


@pytest.mark.parametrize(("text", "expected"), [
    ("وتسببت المعارك منذ بداية الحرب بمقتل نحو 512 شخصاً وإصابة 4193 آخرين.",
     {("fatalities", 512.0), ("injured", 4193.0)}),
    ("ومنذ بدء العمليات تعرضت القوات الأميركية لأكثر من 151 استهدافاً.", {("attacks", 151.0)}),
])
def test_claims_the_word_nearest_before_a_number_counts_it(make_doc, resources: Resources, text: str,
                                                           expected: set[tuple[str, float]]) -> None:
    doc = claimed(make_doc(text), resources)
    assert {(c.metric, c.value) for c in doc.claims} == expected


@pytest.mark.parametrize("text", [
    "The monitor's director said by telephone from Britain that the fighting went on.",
    "The president said he acted in Americas interest.",
])
def test_mentions_world_names_are_no_village_spelled_otherwise(make_doc, resources: Resources, text: str) -> None:
    assert quotes(mentioned(make_doc(text), resources), "PLACE") == []


def test_relative_days_count_back_from_the_date_the_page_gives_itself(pipeline, make_doc) -> None:  # type: ignore[no-untyped-def]
    text = ("Last updated at Apr 092017 At least 15 civilians were killed in an air strike on Saturday near the "
            "town of Tabqa in Raqqa province, a monitor said.")
    result = pipeline.extract(make_doc(text, published="2017-04-14"))  # a feed's later date
    assert result.published == dt.date(2017, 4, 9)
    assert [e.date for e in result.events] == [dt.date(2017, 4, 8)]


def test_events_a_strike_in_reply_does_not_fold_into_the_attack_it_answers(make_doc, resources: Resources) -> None:
    text = ("استهدف قصف صاروخي اليوم القاعدة الأميركية في حقل كونيكو بريف دير الزور.\n"
            "وتزامن القصف مع غارة نفذها الطيران الأميركي اليوم على ريف دير الزور.")
    doc = coded(make_doc(text), resources)
    assert sorted(e.sub_event_type for e in doc.events) == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_events_a_headline_of_a_damascus_ambush_folds_into_the_ambush_in_its_countryside(make_doc, resources: Resources) -> None:
    text = ("2 September 2013 Army kills 30 militants in Damascus ambush.\n"
            "Army units ambushed a group of militants on Monday near the town of Adra in the countryside of "
            "Damascus, killing 30 of them.")
    doc = coded(make_doc(text), resources)
    event = only_event(doc)
    assert (event.event_type, event.place.admin1) == ("Battles", "Rural Damascus")


def test_events_artillery_used_in_a_battle_told_before_is_part_of_it(make_doc, resources: Resources) -> None:
    text = ("Rebels attacked army checkpoints in the town of Adra on Monday, and the army fought back.\n"
            "Artillery and warplanes were used in the battle in Adra, the opposition said.")
    doc = coded(make_doc(text), resources)
    assert [e.event_type for e in doc.events] == ["Battles"]


def test_events_attacks_on_a_city_that_day_sum_up_the_shells_on_its_quarters(make_doc, resources: Resources) -> None:
    text = ("29 April 2016 Civilians killed in continued terrorist attacks on Aleppo.\n"
            "Yesterday in continued terrorist attacks on Aleppo city 18 civilians were killed.\n"
            "Some 14 people were killed yesterday by shells that hit al-Midan and al-Sulimaniah neighborhoods.")
    doc = coded(make_doc(text), resources)
    assert sorted(e.location_text for e in doc.events) == ["al-Midan", "al-Sulimaniah"]
    assert all(e.event_type == "Explosions/Remote violence" for e in doc.events)


def test_events_a_page_dated_a_day_after_its_feed_entry_counts_its_weekdays_from_its_own_date(make_doc, resources: Resources) -> None:
    text = ("Last updated at Jan 202015 Government air strikes on Tuesday killed at least 27 people "
            "in the town of Tal Hamis, a monitor said.")
    doc = coded(make_doc(text, published=dt.date(2015, 1, 19)), resources)
    assert [e.date for e in doc.events] == [dt.date(2015, 1, 20)]


@pytest.mark.parametrize("text", [
    "شنت الطائرات الروسية غارات على بلدة كفرنبل يومي الخميس والجمعة، ما أدى إلى مقتل 4 مدنيين.",
    "Russian jets struck the town of Kafranbel on Thursday and Friday, killing four civilians.",
])
def test_events_an_incident_told_of_two_days_is_an_event_on_each(make_doc, resources: Resources, text: str) -> None:
    doc = coded(make_doc(text, published=dt.date(2023, 8, 26)), resources)
    assert sorted(e.date for e in doc.events) == [dt.date(2023, 8, 24), dt.date(2023, 8, 25)]
    assert all(e.fatalities is None for e in doc.events)
    assert [(c.metric, c.value) for c in doc.claims] == [("fatalities", 4.0)]


def test_events_an_israeli_strike_told_only_by_its_interception_is_the_strike(make_doc, resources: Resources) -> None:
    text = "تصدت الدفاعات الجوية السورية اليوم لصواريخ إسرائيلية في محيط الكسوة بريف دمشق."
    doc = coded(make_doc(text, published=dt.date(2023, 12, 28)), resources)
    event = only_event(doc)
    assert (event.sub_event_type, event.actor1.name, event.actor2.name) == (
        "Air/drone strike", "Military Forces of Israel", "Military Forces of Syria (2000-2024)")


@pytest.mark.parametrize(("text", "name", "town"), [
    # the channel Al Mayadeen, not the town of al-Mayadin
    ("He said in a phone interview with Lebanese TV station al-Mayadeen that the strike killed two soldiers.",
     "al-Mayadeen", False),
    ("In separate comments to al-Mayadeen he said the war would go on.", "al-Mayadeen", False),
    ("According to the Al Mayadeen broadcaster the clashes are still under way.", "Al Mayadeen", False),
    ("Al-Mayadeen TV reported that the convoy reached the border.", "Al-Mayadeen", False),
    # a queen, not the Iraqi town of Rania
    ("Queen Rania shook hands with King Abdullah in the Oval Office.", "Rania", False),
    ("Army reinforcements were sent to al-Mayadeen in Deir Ezzor province today.", "al-Mayadeen", True),
    # the plural of "square", "arena"
    ("يجعل ذلك الشرق السوري واحداً من الميادين الهامة في المواجهة.", "الميادين", False),
    ("خرج المحتجون إلى الميادين العامة في المدينة.", "الميادين", False),
    ("قصفت المدفعية أطراف مدينة الميادين شرقي دير الزور.", "الميادين", True),
])
def test_al_mayadin_the_town_and_its_namesakes(resources: Resources, make_doc, text: str, name: str,  # type: ignore[no-untyped-def]
                                               town: bool) -> None:
    doc = mentioned(make_doc(text), resources)
    assert (name in quotes(doc, "PLACE")) == town


def test_consolidate_takes_the_attacker_one_telling_names() -> None:
    """Two tellings of one shelling: the first leaves the attacker unsaid, the second names him;
    the one event keeps the name. A force a telling names as the target never becomes the attacker."""
    place = Place("rs:il-goren", "Goren", "غورن", "town", country="Israel", admin1="Northern District")

    def telling(start: int, actor1: ActorRef, actor2: ActorRef | None = None) -> Event:
        return Event(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
                     actor1=actor1, actor2=actor2, place=place, geo_precision=1, date=dt.date(2024, 3, 28),
                     evidence={"event": Evidence(Span(start, start + 10), "trigger:test")})

    unsaid = ActorRef("Unidentified Armed Group (Israel)", 3)
    hezbollah, israel = ActorRef("Hezbollah", 3), ActorRef("Military Forces of Israel", 1)
    (event,), _ = consolidate([telling(0, unsaid), telling(40, hezbollah)], "x" * 80)
    assert event.actor1 == hezbollah
    (event,), _ = consolidate([telling(0, unsaid, israel), telling(40, israel)], "x" * 80)
    assert event.actor1 == unsaid and event.actor2 == israel


def test_mentions_a_syrian_forces_name_under_another_flag_is_that_states(make_doc, resources: Resources) -> None:
    text = ("أسقطت الدفاعات الجوية الروسية صاروخاً فوق القرم. وتصدت الدفاعات الجوية السورية لصواريخ فوق دمشق. "
            "واستهدفت مسيرة منصة للدفاع الجوي الإسرائيلي.")
    doc = mentioned(make_doc(text), resources)
    assert [m.key.split(" (")[0] for m in doc.mentions_of("ACTOR")] == [
        "Military Forces of Russia", "Military Forces of Syria", "Military Forces of Israel"]
