"""The one vocabulary below both `ingest` and `bot`: places with their aliases and ISO
codes (`lexicon.places`), and groupings that are not countries (`lexicon.groupings`)."""
