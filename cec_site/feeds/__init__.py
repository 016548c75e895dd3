"""RSS and Atom feeds of new publications and projects, per language and per topic."""
