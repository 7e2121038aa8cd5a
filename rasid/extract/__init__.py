"""Extraction: pure stages ``Document -> Document`` that find mentions, events and claims.

Uses the gazetteer, the actor catalogue and the text layer; does no I/O.
"""
