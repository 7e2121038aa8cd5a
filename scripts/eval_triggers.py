"""Trigger coverage on an independent Arabic set: the UniversalPetrarch GSR sentences.

    python scripts/eval_triggers.py [--shared ../shared] [--show N]

Each of the 645 sentences is coded ASSAULT or PROTEST. A sentence counts as found when
rasid's mention stage puts a trigger of the matching family in it: an assault needs a
Battles, Explosions/Remote violence or Violence against civilians trigger (or an arrest
or abduction), a protest needs a Protests or Riots trigger. Places and dates are not
needed here, so this measures the trigger lexicon alone. Prints a table and a line
``TRIGGERS {...}``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter

from gsr import annotated_sentences, parse_args
from rasid.model import event_type_of

FAMILIES = {
    "ASSAULT": {"Battles", "Explosions/Remote violence", "Violence against civilians", "Strategic developments"},
    "PROTEST": {"Protests", "Riots"},
}
ASSAULT_SD = {"Arrests", "Abduction/forced disappearance"}


def family_of(sub_type: str) -> str | None:
    if sub_type == "territory":
        return "ASSAULT"
    event_type = event_type_of(sub_type)
    if event_type in ("Protests", "Riots"):
        return "PROTEST"
    if event_type == "Strategic developments" and sub_type not in ASSAULT_SD:
        return None
    return "ASSAULT"


def main() -> int:
    args = parse_args(__doc__, "print this many missed sentences")
    sentences = annotated_sentences(args.shared)
    if sentences is None:
        return 2
    found, total, confused = Counter(), Counter(), Counter()
    misses = []
    for record, doc, _ in sentences:
        families = {family_of(m.key) for m in doc.mentions_of("TRIGGER")} - {None}
        gold = record["category"]
        total[gold] += 1
        if gold in families:
            found[gold] += 1
        else:
            confused[(gold, tuple(sorted(families)) or ("none",))] += 1
            misses.append((gold, record["text"]))
    figures = {cat: round(found[cat] / total[cat], 4) for cat in total}
    figures["all"] = round(sum(found.values()) / sum(total.values()), 4)
    for cat in total:
        print(f"{cat:<8} {found[cat]:>4} / {total[cat]:<4} {figures[cat]:.3f}")
    print(f"{'all':<8} {sum(found.values()):>4} / {sum(total.values()):<4} {figures['all']:.3f}")
    for (gold, got), n in confused.most_common():
        print(f"  {gold} missed, found {','.join(got)}: {n}")
    for gold, text in misses[: args.show]:
        print(f"  MISS {gold}: {text[:160]}")
    print("TRIGGERS " + json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
