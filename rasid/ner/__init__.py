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
reads only its bundled data (the two-pass model ``data/ar_crf.model`` and
``data/ar_crf.doc.model``, and the word lists beside them; see ``data/NOTICE``) or a model
path it is given. ``entities`` tags the Arabic sentences of a text together: the second
pass sees how each word was tagged elsewhere in the text, so give it whole articles. The
model is trained by ``scripts/train_ner.py`` and scored by ``scripts/eval_ner.py``.
"""

from rasid.ner.crf import Entity, EntityRecognizer, default_recognizer

__all__ = ["Entity", "EntityRecognizer", "default_recognizer"]
