"""The demo's projects (texts in demo_data.json, next to this file), in English, French and
Spanish. The demo loader (cec_site/home/demo) runs its steps and hands it its helpers; the
product never imports this module."""

from pathlib import Path

from projects.factories import ProjectIndexPageFactory, ProjectPageFactory
from projects.models import RelatedProject

DATA = Path(__file__).with_name("demo_data.json")
FIELDS = (
    *("title", "status", "operational_plan", "year", "start_date", "duration_months"),
    *("summary", "issue", "aim", "lead_name", "lead_email"),
)


class ProjectsDemo:
    def __init__(self, section, builder):
        self.section = section
        self.texts = builder.texts(DATA)

    def build_index(self, builder):
        return builder.index(ProjectIndexPageFactory, self.texts["en"]["index"])

    def build(self, builder, scale):
        index = builder.indexes[self.section.key]
        items = self.texts["en"]["items"]
        by_title = {}
        for n, values in enumerate(builder.progress(builder.scaled(items, scale), desc="Projects")):
            slug = builder.slug(values)
            page = builder.child(index, self.section.page_class, slug, values["title"])
            if page is None:
                original = n < len(items)
                page = ProjectPageFactory.build(
                    **{field: values[field] for field in FIELDS},
                    slug=slug,
                    locale=builder.locale,
                    deliverables="\n".join(values["deliverables"]),
                    partners="\n".join(values["partners"]),
                    image=builder.page_image(values, n, original),
                    image_alt=values["image_alt"] if original else "Illustration: hills",
                )
                page.topics = [builder.topics[name] for name in values["topics"]]
                builder.publish(index, page)
            by_title[values["title"]] = page
        return by_title

    def translate_index(self, translator):
        translator.translate_index(
            self.section.index_class, self.texts[translator.language]["index"]
        )

    def translate(self, translator, progress):
        translations = self.texts[translator.language]["items"]
        for project in progress(
            translator.untranslated(self.section.page_class),
            desc=f"Projects ({translator.language})",
        ):
            values = translator.texts_for(translations, project.title)
            if "deliverables" in values:
                values["deliverables"] = "\n".join(values["deliverables"])
            values["partners"] = "\n".join(
                translator.name(line) for line in project.partners.splitlines() if line.strip()
            )
            translated = translator.copy(project, publish=False, **values)
            translated.topics = translator.topics_of(project)
            translated.related_project_links = [
                RelatedProject(page=translator.translated(link.page) or link.page)
                for link in project.related_project_links.all()
            ]
            translated.save_revision().publish()
