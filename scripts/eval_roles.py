"""Role assignment on an independent Arabic set: who acted and who was hit, GSR sentences.

    python scripts/eval_roles.py [--shared ../shared] [--show N]

For each UniversalPetrarch GSR sentence whose gold gives a source or target span, rasid's
mention stage and role assignment run on the sentence alone. A role is right when the
surface of the actor rasid puts there shares a word (clitics and article stripped) with the
gold span; it is scored only where rasid found at least one actor in the sentence, so this
measures the role rules, not catalogue coverage. Prints a table and ``ROLES {...}``.
"""

from __future__ import annotations

import json
import sys

from gsr import annotated_sentences, parse_args
from rasid.extract.context import DocContext, sentence_views
from rasid.extract.roles import assign_roles
from rasid.text.normalize import fold
from rasid.text.tokens import split_proclitics


def words(text: str | None) -> set[str]:
    out = set()
    for word in fold(text or "").split():
        _, stem = split_proclitics(word)
        if len(stem) > 2:
            out.add(stem)
    return out


def main() -> int:
    args = parse_args(__doc__, "print this many wrong sentences")
    sentences = annotated_sentences(args.shared)
    if sentences is None:
        return 2
    right = {"source": 0, "target": 0}
    scored = {"source": 0, "target": 0}
    wrong = []
    for record, doc, resources in sentences:
        gold = record["events"][0]
        views = [s for s in sentence_views(doc) if s.of("ACTOR")]
        if not views:
            continue
        roles = assign_roles(views[0], DocContext(doc, resources), "", False)
        for role, ref, span in (("source", roles.actor1, gold["sourcetext"]),
                                ("target", roles.actor2, gold["targettext"])):
            if not span:
                continue
            scored[role] += 1
            ok = bool(ref and words(ref.text) & words(span))
            right[role] += ok
            if not ok:
                wrong.append((role, span, ref.text if ref else None, record["text"]))
    figures = {role: round(right[role] / scored[role], 4) if scored[role] else None for role in scored}
    for role in scored:
        print(f"{role:<7} {right[role]:>4} / {scored[role]:<4} {figures[role]}")
    for role, span, got, text in wrong[: args.show]:
        print(f"  {role}: gold {span!r} got {got!r} || {text[:140]}")
    print("ROLES " + json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
