"""Each section's demo: its pages built in English from data/<section key>.json, and their
French and Spanish editions.

A section names its demo in its registration, `Section(demo="module.name")`:
- a SectionDemo subclass (`demo="cec_site.home.demo.sections.ProjectsDemo"`), whose steps the
  loader runs for all sections at once, in this order: English, `build` (its pages, by title,
  under the index page made from "index" in its data file) and `after_pages`; each language,
  `translate_taxonomy` (the snippets its pages point to), then `translate`; last, `finish`;
- or a plain function, `build(builder, section)`, that makes its English pages (index page
  included) and returns them by title; the loader calls it again once the French and Spanish
  home pages exist, for its editions in those languages (so it must leave what exists alone).
A section that names none gets the class of `DEMOS` under its key; one with neither, or whose
demo cannot be imported, is left out of the demo (with a warning).
"""

import math
from collections import defaultdict
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone
from django.utils.module_loading import import_string

from wagtail.blocks import StreamValue

from cec_site.core.sections import all_sections
from cec_site.home.demo.builder import page_slug, publish, title_slug
from cec_site.home.demo.data import texts
from cec_site.home.demo.pdfs import get_or_create_pdf
from impact.models import ImpactKind, ImpactRelatedPage, ImpactStoryPage
from projects.models import ProjectPage, RelatedProject
from publications import ranking
from publications.models import (
    DocumentType,
    PublicationDownloadDay,
    PublicationPage,
    PublicationProject,
)


class SectionDemo:
    def __init__(self, section):
        self.section = section
        self.texts = texts(section.key)

    def build(self, builder, scale):
        """Its English pages under its index page: {title: page}."""
        return {}

    def after_pages(self, builder):
        """Once every section's English pages exist."""

    def translate_taxonomy(self, translator):
        """Its snippets in the translator's language, before any page is copied."""

    def translate(self, translator, progress):
        """Its pages in the translator's language."""

    def finish(self, builder, history_days):
        """After every language: data made from the pages of all languages."""

    def translations(self, language):
        return self.texts.get(language, {}).get("items", {})

    @staticmethod
    def page_image(builder, values, n, original):
        alt = values["image_alt"]
        return builder.image(values["title"], alt) if original else builder.pooled_image(n)


class FunctionDemo(SectionDemo):
    """A section's demo given as one function: `function(builder, section)` builds its English
    pages, its index page included, and returns them by title."""

    def __init__(self, section, function):
        super().__init__(section)
        self.function = function

    def build(self, builder, scale):
        return self.function(builder, self.section) or {}

    def finish(self, builder, history_days):
        self.function(builder, self.section)


class ProjectsDemo(SectionDemo):
    def build(self, builder, scale):
        index = builder.indexes[self.section.key]
        items = self.texts["en"]["items"]
        by_title = {}
        for n, values in enumerate(builder.progress(builder.scaled(items, scale), desc="Projects")):
            slug = page_slug(values)
            page = builder.child(index, ProjectPage, slug, values["title"])
            if page is None:
                original = n < len(items)
                page = ProjectPage(
                    **{field: values[field] for field in PROJECT_FIELDS},
                    slug=slug,
                    locale=builder.locale,
                    deliverables="\n".join(values["deliverables"]),
                    partners="\n".join(values["partners"]),
                    image=self.page_image(builder, values, n, original),
                    image_alt=values["image_alt"] if original else "Illustration: hills",
                )
                page.topics = [builder.topics[name] for name in values["topics"]]
                publish(index, page)
            by_title[values["title"]] = page
        return by_title

    def translate(self, translator, progress):
        translations = self.translations(translator.language)
        for project in progress(
            translator.english(self.section.page_class),
            desc=f"Projects ({translator.language})",
        ):
            values = texts_for(translations, project.title)
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


PROJECT_FIELDS = (
    *("title", "status", "operational_plan", "year", "start_date", "duration_months"),
    *("summary", "issue", "aim", "lead_name", "lead_email"),
)

# Translations run longer than English: each edition's PDF has its own page count.
PAGE_FACTOR = {"fr": 1.06, "es": 1.05}


class PublicationsDemo(SectionDemo):
    def build(self, builder, scale):
        index = builder.indexes[self.section.key]
        types = builder.taxonomy(DocumentType, self.texts["en"]["document_types"])
        projects = builder.pages.get("projects", {})
        items = self.texts["en"]["items"]
        by_title = {}
        for n, values in enumerate(
            builder.progress(builder.scaled(items, scale), desc="Publications")
        ):
            slug = page_slug(values)
            page = builder.child(index, PublicationPage, slug, values["title"])
            if page is None:
                original = n < len(items)
                pages = values["pages"] if original else min(values["pages"], 4)
                document = get_or_create_pdf(
                    title=values["title"],
                    filename=f"cec-{slug}-{builder.locale.language_code}.pdf",
                    subtitle=values["subtitle"],
                    summary=values["summary"],
                    pages=pages,
                    citation=citation(values),
                    isbn=values["isbn"],
                    language=builder.locale.language_code,
                )
                alt = values.get("image_alt") or f"Cover illustration of {values['title']}"
                page = PublicationPage(
                    title=values["title"],
                    slug=slug,
                    locale=builder.locale,
                    subtitle=values["subtitle"],
                    publication_date=values["date"],
                    summary=values["summary"],
                    document=document,
                    page_count=pages,
                    document_type=types[values["document_type"]],
                    authors="; ".join(values["authors"]),
                    isbn=values["isbn"],
                    image=self.page_image(builder, {**values, "image_alt": alt}, n, original),
                    image_alt=alt,
                )
                page.topics = [builder.topics[name] for name in values["topics"]]
                if values["project"] in projects:
                    page.project_links = [PublicationProject(project=projects[values["project"]])]
                publish(index, page)
            by_title[values["title"]] = page
        return by_title

    def after_pages(self, builder):
        # Publications saved from now on make their covers themselves; editions of an earlier
        # load (before covers existed) get theirs here, once their PDFs exist.
        call_command("generate_covers", verbosity=0)

    def translate_taxonomy(self, translator):
        names = self.texts[translator.language]["document_types"]
        self.document_types = translator.taxonomy(DocumentType, names)

    def translate(self, translator, progress):
        code = translator.language
        translations = self.translations(code)
        for publication in progress(
            translator.english(self.section.page_class), desc=f"Publications ({code})"
        ):
            values = texts_for(translations, publication.title)
            if publication.page_count:
                values["page_count"] = math.ceil(publication.page_count * PAGE_FACTOR[code])
            values["authors"] = "; ".join(
                translator.name(name) for name in publication.authors.split(";")
            )
            translated = translator.copy(publication, publish=False, **values)
            if publication.document is not None and publication.page_count:
                translated.document = get_or_create_pdf(
                    title=f"{translated.title} ({code})",
                    filename=f"cec-{translated.slug}-{code}.pdf",
                    subtitle=translated.subtitle,
                    summary=translated.summary,
                    pages=translated.page_count,
                    citation=f"CEC. {publication.publication_date.year}. {translated.title}.",
                    isbn=publication.isbn,
                    language=code,
                )
            translated.document_type = self.document_types.get(publication.document_type_id)
            translated.topics = translator.topics_of(publication)
            translated.project_links = [
                PublicationProject(project=translator.translated(link.project) or link.project)
                for link in publication.project_links.all()
            ]
            translated.save_revision().publish()

    def finish(self, builder, history_days):
        seed_title = self.texts["en"]["items"][0]["title"]
        build_download_history(builder, days=history_days, seed_title=seed_title)
        ranking.refresh()


def citation(values):
    authors = "; ".join(values["authors"]) or "CEC"
    if authors == "CEC Secretariat":
        authors = "CEC"
    title = values["title"] + (f": {values['subtitle']}" if values["subtitle"] else "")
    return (
        f"{authors}. {values['date'].year}. {title}. Montreal, Canada: Commission for "
        f"Environmental Cooperation. {values['pages']} pp."
    )


COUNTRY_FIELDS = {"CA": "in_canada", "MX": "in_mexico", "US": "in_united_states"}


class ImpactStoriesDemo(SectionDemo):
    def build(self, builder, scale):
        index = builder.indexes[self.section.key]
        kinds = builder.taxonomy(ImpactKind, self.texts["en"]["kinds"])
        kinds = {kind.slug: kind for kind in kinds.values()}
        linkable = {**builder.pages.get("projects", {}), **builder.pages.get("publications", {})}
        stories = {}
        for values in self.texts["en"]["items"]:  # not scaled: the benchmarks leave them be
            slug = title_slug(values["title"])
            page = builder.child(index, ImpactStoryPage, slug, values["title"])
            if page is None:
                alt = values.get("image_alt") or "Illustration: a landscape of hills under the sun"
                page = ImpactStoryPage(
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
                publish(index, page)
            stories[values["title"]] = page
        return stories

    def translate_taxonomy(self, translator):
        self.kinds = translator.taxonomy(ImpactKind, self.texts[translator.language]["kinds"])

    def translate(self, translator, progress):
        translations = self.translations(translator.language)
        for story in translator.english(self.section.page_class):
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


# The demos of sections that name none in their registration.
DEMOS = {
    "projects": ProjectsDemo,
    "publications": PublicationsDemo,
    "impact-stories": ImpactStoriesDemo,
}


def demos(warn=print):
    """The demo of every registered section that has one, in the sections' order."""
    found = []
    for section in all_sections():
        try:
            demo = import_string(section.demo) if section.demo else DEMOS.get(section.key)
        except ImportError as error:
            warn(f"The {section.key} section has no demo: {error}")
            continue
        if isinstance(demo, type) and issubclass(demo, SectionDemo):
            found.append(demo(section))
        elif demo is not None:
            found.append(FunctionDemo(section, demo))
    return found


def texts_for(translations, title):
    """The translated texts of a page, or of the page a scaled copy ("Title (3)") repeats."""
    if title in translations:
        return dict(translations[title])
    base, _separator, number = title.rpartition(" (")
    if base in translations:
        values = dict(translations[base])
        values["title"] = f"{values['title']} ({number}"
        return values
    return {}


# Download history ----------------------------------------------------------------------------

EDITION_SHARE = {"en": 60, "fr": 18, "es": 22}


def build_download_history(builder, days, seed_title, seed_rank=8, today=None):
    """Synthetic daily downloads, so the Top 50 looks real: the seed's report comes 8th.

    A publication's total is split between its language editions (English about 60 %).
    Written only when there is no history yet (running the loader again adds nothing).
    """
    if PublicationDownloadDay.objects.exists():
        return 0
    rng = builder.rng
    today = today or timezone.localdate()
    first_day = today - timedelta(days=days - 1)
    groups = defaultdict(list)
    for page in PublicationPage.objects.select_related("locale").order_by("path"):
        groups[page.translation_key].append(page)
    seed_key = PublicationPage.objects.get(title=seed_title, locale=builder.locale).translation_key
    totals = {}
    for key, editions in groups.items():
        if key != seed_key:
            popularity = rng.lognormvariate(0.0, 1.1)
            span = available_days(editions[0], first_day, today)
            totals[key] = int(popularity * 10 * span)
    # The seed's total sits strictly between the 7th and the 8th of the others.
    ranked = sorted(totals.values(), reverse=True)
    above, below = ranked[seed_rank - 2], ranked[seed_rank - 1]
    if above - below < 2:
        for key, total in totals.items():
            if total <= below:
                totals[key] = max(total - 2, 0)
        below -= 2
    totals[seed_key] = (above + below) // 2 + (1 if above - below == 2 else 0)
    rows = []
    for key, editions in builder.progress(groups.items(), desc="Download history"):
        for page, share in zip(editions, edition_shares(editions), strict=True):
            rows.extend(daily_rows(rng, page, share * totals[key], first_day, today))
        if len(rows) > 20_000:
            PublicationDownloadDay.objects.bulk_create(rows)
            rows = []
    PublicationDownloadDay.objects.bulk_create(rows)
    return len(groups)


def edition_shares(editions):
    """Each edition's part of the publication's total, in whole percent summing to 100."""
    weights = [EDITION_SHARE.get(page.locale.language_code, 10) for page in editions]
    return [weight / sum(weights) for weight in weights]


def available_days(page, first_day, today):
    start = max(first_day, page.publication_date)
    return max((today - start).days + 1, 0)


def daily_rows(rng, page, total, first_day, today):
    total = round(total)
    start = max(first_day, page.publication_date)
    span = available_days(page, first_day, today)
    if span == 0 or total == 0:
        return []
    weights = [rng.random() + 0.3 for _ in range(span)]
    scale = total / sum(weights)
    counts = [int(weight * scale) for weight in weights]
    for _ in range(total - sum(counts)):
        counts[rng.randrange(span)] += 1
    return [
        PublicationDownloadDay(publication=page, day=start + timedelta(days=n), count=count)
        for n, count in enumerate(counts)
        if count
    ]
