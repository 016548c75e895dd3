"""The demo's impact stories (texts in demo_data.json, next to this file), in English, French
and Spanish; not scaled (the benchmarks leave them be). The demo loader (cec_site/home/demo)
runs its steps and hands it its helpers; the product never imports this module."""

from pathlib import Path

from wagtail.blocks import StreamValue

from impact.factories import ImpactIndexPageFactory, ImpactStoryPageFactory
from impact.models import ImpactKind, ImpactRelatedPage, ImpactStoryPage

DATA = Path(__file__).with_name("demo_data.json")
COUNTRY_FIELDS = {"CA": "in_canada", "MX": "in_mexico", "US": "in_united_states"}


class ImpactStoriesDemo:
    def __init__(self, section, builder):
        self.section = section
        self.texts = builder.texts(DATA)

    def build_index(self, builder):
        return builder.index(ImpactIndexPageFactory, self.texts["en"]["index"])

    def build(self, builder, scale):
        index = builder.indexes[self.section.key]
        kinds = builder.taxonomy(ImpactKind, self.texts["en"]["kinds"])
        kinds = {kind.slug: kind for kind in kinds.values()}
        linkable = {**builder.pages.get("projects", {}), **builder.pages.get("publications", {})}
        stories = {}
        for values in self.texts["en"]["items"]:
            slug = builder.title_slug(values["title"])
            page = builder.child(index, ImpactStoryPage, slug, values["title"])
            if page is None:
                alt = values.get("image_alt") or "Illustration: a landscape of hills under the sun"
                page = ImpactStoryPageFactory.build(
                    title=values["title"],
                    slug=slug,
                    locale=builder.locale,
                    kind=kinds[values["kind"]],
                    summary=values["summary"],
                    outcome=values["outcome"],
                    years=values["years"],
                    key_figures=StreamValue(
                        ImpactStoryPage.key_figures.field.stream_block,
                        [
                            ("figure", {"value": v, "label": label})
                            for v, label in values["key_figures"]
                        ],
                    ),
                    image=builder.image(values["title"], alt),
                    image_alt=alt,
                    **{
                        field: code in values["countries"] for code, field in COUNTRY_FIELDS.items()
                    },
                )
                page.topics = [builder.topics[name] for name in values["topics"]]
                related = values["projects"] + values["publications"]
                page.related_links = [
                    ImpactRelatedPage(page=linkable[title])
                    for title in related
                    if title in linkable
                ]
                builder.publish(index, page)
            stories[values["title"]] = page
        return stories

    def translate_taxonomy(self, translator):
        self.kinds = translator.taxonomy(ImpactKind, self.texts[translator.language]["kinds"])

    def translate_index(self, translator):
        translator.translate_index(
            self.section.index_class, self.texts[translator.language]["index"]
        )

    def translate(self, translator, progress):
        translations = self.texts[translator.language]["items"]
        for story in translator.untranslated(self.section.page_class):
            values = dict(translations[story.title])
            figures = values.pop("key_figures")
            translated = translator.copy(story, publish=False, **values)
            translated.key_figures = [
                ("figure", {"value": v, "label": label}) for v, label in figures
            ]
            translated.kind = self.kinds.get(story.kind_id)
            translated.topics = translator.topics_of(story)
            translated.related_links = [
                ImpactRelatedPage(page=translator.translated(link.page) or link.page)
                for link in story.related_links.all()
            ]
            translated.save_revision().publish()
