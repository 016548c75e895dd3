"""Each section's demo, found through the section registry: this package names no section.

A section names its demo in its registration, `Section(demo="<app>.demo.SomeDemo")`: a class
made with `SomeDemo(section, builder)` (builder.DemoBuilder, which hands it every shared
helper: images, PDFs, slugs, publishing, progress, scaled copies, its data file) whose steps the
loader runs once each, for all sections at once, in this order:
- English: `build_index(builder)` (its listing page, made before the topics: the main
  navigation's order), `build(builder, scale)` (its pages, returned by English title; a section
  may link to those of the sections before it), `after_pages(builder)` once every section's
  English pages exist;
- then each language: `translate_taxonomy(translator)` (the snippets its pages point to),
  `translate_index(translator)`, `translate(translator, progress)` (its pages, after the
  topics): translate.Translator hands it the copy, link and name helpers;
- last: `finish(builder, history_days)` (data made from the pages of all languages).
A demo defines only the steps it needs. Every step leaves what exists alone, so running the
loader again changes nothing. A section that names no demo, or whose demo cannot be imported,
is left out of the demo (with a warning for the latter).
"""

from django.utils.module_loading import import_string

from cec_site.core.sections import all_sections


def demo_sections(warn=print):
    """{section: its demo class} of every registered section that has one, in the sections'
    order."""
    found = {}
    for section in all_sections():
        if not section.demo:
            continue
        try:
            found[section] = import_string(section.demo)
        except ImportError as error:
            warn(f"The {section.key} section has no demo: {error}")
    return found


def demos(builder, chosen):
    """The demos of the chosen sections ({section: class}), made for this builder."""
    return [demo_class(section, builder) for section, demo_class in chosen.items()]
