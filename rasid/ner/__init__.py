"""Named-entity recognition (PER, LOC, ORG) for names no gazetteer or catalogue lists.

Public API:

* ``EntityRecognizer``: ``load(path=None)`` (the packaged weights, or a weights file),
  ``entities(text) -> tuple[Entity, ...]`` (spans into the original ``text``; Arabic
  sentences through the neural tagger, Latin-script ones through the English rules).
  Pickles as a reference to its weights.
* ``default_recognizer()``: the packaged recognizer, loaded once per process.
* ``Entity(span, label, score)``: a frozen, slotted record; ``label`` is "PER", "LOC" or
  "ORG".

Modules: ``recognizer`` (the API above), ``neural`` (the BiLSTM-CRF forward pass and
decoding in numpy), ``features`` (pieces, list and shape features, BIO spans) and
``english`` (rules for Latin-script sentences). Depends only on numpy, rasid.gazetteer,
rasid.actors, rasid.text, rasid.model and rasid.errors; reads only its bundled data (the
weights ``data/ar_ner.npz`` and the word lists beside them; see ``data/NOTICE``) or a
weights file it is given. The tagger is trained by ``scripts/train_ner.py`` (PyTorch, at
build time only) and scored by ``scripts/eval_ner.py``.
"""

from rasid.ner.recognizer import Entity, EntityRecognizer, default_recognizer

__all__ = ["Entity", "EntityRecognizer", "default_recognizer"]
