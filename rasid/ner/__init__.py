"""Named-entity recognition (PER, LOC, ORG) for names no gazetteer or catalogue lists.

Public API:

* ``EntityRecognizer``: ``load(path=None)`` (the packaged CRF model, or a model file),
  ``entities(text) -> tuple[Entity, ...]`` (spans into the original ``text``; Arabic
  sentences through the CRF, Latin-script ones through the English rules). Pickles as a
  reference to its model.
* ``default_recognizer()``: the packaged recognizer, loaded once per process.
* ``Entity(span, label, score)``: a frozen, slotted record; ``label`` is "PER", "LOC" or
  "ORG".

Depends only on rasid.gazetteer, rasid.actors, rasid.text, rasid.model and rasid.errors;
reads only its bundled model (``data/ar_crf.model``, see ``data/NOTICE``) or a path it is
given. The model is trained by ``scripts/train_ner.py`` and scored by ``scripts/eval_ner.py``.
"""

from rasid.ner.crf import Entity, EntityRecognizer, default_recognizer

__all__ = ["Entity", "EntityRecognizer", "default_recognizer"]
