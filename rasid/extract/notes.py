"""ACLED-style English notes, written from an event's coded fields.

Owns ``write_notes`` (the pipeline stage) and ``note_for`` (one event). A note says, in
one or two plain English sentences, what the fields say: when, who did what to whom,
where, how many died, and who reports it — "On 3 March 2024, LaQ reinforced or
redeployed its forces in Syrian Badia (Deir ez-Zor). (SOHR)". Every word comes from a
field, never from the source text, so an analyst who reads no Arabic can read an event
coded from an Arabic article, and a wrong note always points at a wrong field.
"""

from __future__ import annotations

import re

from rasid.extract import lexicon as lx
from rasid.extract.resources import Resources
from rasid.model import ActorRef, Document, Event, replace

# What actor1 did, by sub-type; {a2} is actor2's name, and the clause in brackets is kept
# only when there is an actor2.
_ACTIONS: dict[str, str] = {
    lx.AIR: "carried out an air or drone strike[ on {a2}]",
    lx.SHELLING: "shelled or fired missiles[ at {a2}]",
    lx.IED: "detonated an explosive device or landmine[ against {a2}]",
    lx.SUICIDE: "carried out a suicide bombing[ against {a2}]",
    lx.GRENADE: "threw a grenade[ at {a2}]",
    lx.CHEMICAL: "used a chemical weapon[ against {a2}]",
    lx.CLASH: "clashed[ with {a2}]",
    lx.NSA_TERRITORY: "took control of the area[ from {a2}]",
    lx.GOV_TERRITORY: "regained control of the area[ from {a2}]",
    lx.VAC_ATTACK: "attacked[ {a2}]",
    lx.ABDUCTION: "abducted[ {a2}]",
    lx.SEXUAL: "committed sexual violence[ against {a2}]",
    lx.ARRESTS: "arrested[ {a2}]",
    lx.CHANGE: "reinforced or redeployed its forces, or launched a security operation[ against {a2}]",
    lx.TRANSFER: "took over the area without fighting[ from {a2}]",
    lx.DISRUPTED: "defused, intercepted or confiscated weapons[ of {a2}]",
    lx.LOOTING: "looted or destroyed property[ of {a2}]",
    lx.AGREEMENT: "reached an agreement[ with {a2}]",
    lx.BASE: "established a base or headquarters",
    lx.PEACEFUL: "demonstrated peacefully",
    lx.INTERVENTION: "demonstrated[ and {a2} intervened]",
    lx.EXCESSIVE: "demonstrated[ and {a2} used excessive force against them]",
    lx.VIOLENT_DEMO: "demonstrated violently[ against {a2}]",
    lx.MOB: "attacked[ {a2}] as a mob",
}
_OPTIONAL = re.compile(r"\[([^\]]*)\]")
_BRACKETED = re.compile(r"\s*\([^)]*\)")


def _same_name(a: str, b: str) -> bool:
    return _NOT_LETTER.sub("", a.lower()) == _NOT_LETTER.sub("", b.lower())


_NOT_LETTER = re.compile(r"[^a-z]")


def actor_phrase(actor: ActorRef | None) -> str:
    """How a note names an actor: the name behind an acronym ("SDF: Syrian Democratic Forces"
    → "Syrian Democratic Forces"), a generic actor in lower case ("an unidentified armed
    group"), and no year range or country in brackets."""
    if actor is None:
        return "an unidentified actor"
    name = actor.name.split(":", 1)[1].strip() if ":" in actor.name else actor.name
    name = _BRACKETED.sub("", name).strip()
    if name.startswith("Unidentified"):
        return "an " + name.lower()
    if name in ("Civilians", "Protesters", "Rioters"):
        return name.lower()
    return name


def _place_phrase(event: Event) -> str:
    place = event.place
    if place is None:
        return ""
    admins: list[str] = []
    for name in (place.admin2, place.admin1):
        if name and not any(_same_name(name, seen) for seen in [place.name_en, *admins]):
            admins.append(name)
    admin = ", ".join(admins)
    where = f"{place.name_en} ({admin})" if admin else place.name_en
    if place.kind == "governorate":
        return f" in {place.name_en} governorate"
    return f" {'near' if event.geo_precision == 2 else 'in'} {where}"


def _date_phrase(event: Event) -> str:
    if event.date is None:
        return "On an unreported date"
    day = f"{event.date.day} {event.date:%B %Y}"
    return f"On {day}" if event.time_precision == 1 else f"Around {day}"


def _fatalities_phrase(event: Event) -> str:
    if event.fatalities is None:
        return ""
    if event.fatalities == 0:
        return " No fatalities were reported."
    return f" {event.fatalities} {'person was' if event.fatalities == 1 else 'people were'} reported killed."


def note_for(event: Event) -> str:
    """The note of one event."""
    target = actor_phrase(event.actor2) if event.actor2 else None
    action = _ACTIONS.get(event.sub_event_type, "was involved in an incident[ with {a2}]")
    action = _OPTIONAL.sub(lambda m: m.group(1).format(a2=target) if target else "", action)
    note = f"{_date_phrase(event)}, {actor_phrase(event.actor1)} {action}{_place_phrase(event)}."
    note += _fatalities_phrase(event)
    if event.attribution:
        note += f" ({event.attribution})"
    return note


def write_notes(doc: Document, resources: Resources) -> Document:
    """Give every event of the document its note."""
    return replace(doc, events=tuple(replace(e, notes=note_for(e)) for e in doc.events))
