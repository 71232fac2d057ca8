"""voc: voice-of-customer pipeline that finds complaints caused by unmet sales promises."""

__version__ = "0.1.0"
