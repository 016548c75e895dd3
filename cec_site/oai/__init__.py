"""OAI-PMH 2.0 data provider: every publication's metadata for library harvesters."""
