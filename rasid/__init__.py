"""rasid (راصد, "observer"): Arabic and English conflict news to ACLED-style events and claims."""

__version__ = "0.1.0"
