"""Pure text helpers over ``str`` and ``Document``: normalization, matching, sentences,
numbers, dates, language. No I/O, no knowledge of places or actors."""
