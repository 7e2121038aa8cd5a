"""The exceptions rasid raises on purpose, in one tree.

    RasidError
    ├── InputError            bad input: empty, binary, wrong encoding, malformed JSON/HTML
    │   └── EmptyDocumentError
    ├── DataError             bundled data (gazetteer, actor catalogue) missing or corrupt
    ├── StoreError            database problems (unreachable, schema newer than the code)
    └── PipelineError         stages assembled in an order that cannot work

Imports nothing from rasid, so every layer may raise these.
"""


class RasidError(Exception):
    """Base of every error rasid raises deliberately."""


class InputError(RasidError):
    """An input that cannot be read as a document; the message says which and why."""


class EmptyDocumentError(InputError):
    """An input with no text left after decoding and stripping."""


class DataError(RasidError):
    """Bundled data files are missing or malformed."""


class StoreError(RasidError):
    """The database cannot be used."""


class PipelineError(RasidError):
    """Pipeline stages whose requirements are not met by the stages before them."""
