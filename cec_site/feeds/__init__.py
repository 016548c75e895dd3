"""RSS and Atom feeds of the new pages of every section that opens the door, per language and
per topic."""
