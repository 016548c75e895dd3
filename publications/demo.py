"""The demo's publications (texts in demo_data.json, next to this file), each language edition
with its own PDF, and a download history that makes the Top 50 look real. The demo loader
(cec_site/home/demo) runs its steps and hands it its helpers; the product never imports this
module."""

import math
import re
from collections import defaultdict
from datetime import timedelta
from pathlib import Path

from django.core.management import call_command
from django.utils import timezone

from publications import ranking
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from publications.models import (
    DocumentType,
    PublicationDownloadDay,
    PublicationPage,
    PublicationProject,
)

DATA = Path(__file__).with_name("demo_data.json")
# Translations run longer than English: each edition's PDF has its own page count.
PAGE_FACTOR = {"fr": 1.06, "es": 1.05}


class PublicationsDemo:
    def __init__(self, section, builder):
        self.section = section
        self.texts = builder.texts(DATA)
        self.originals = {values["title"]: values for values in self.texts["en"]["items"]}

    def build_index(self, builder):
        return builder.index(PublicationIndexPageFactory, self.texts["en"]["index"])

    def build(self, builder, scale):
        index = builder.indexes[self.section.key]
        types = builder.taxonomy(DocumentType, self.texts["en"]["document_types"])
        projects = builder.pages.get("projects", {})
        items = self.texts["en"]["items"]
        by_title = {}
        for n, values in enumerate(
            builder.progress(builder.scaled(items, scale), desc="Publications")
        ):
            slug = builder.slug(values)
            page = builder.child(index, self.section.page_class, slug, values["title"])
            if page is None:
                original = n < len(items)
                pages = values["pages"] if original else min(values["pages"], 4)
                document = builder.pdf(
                    title=values["title"],
                    filename=f"cec-{slug}-{builder.locale.language_code}.pdf",
                    subtitle=values["subtitle"],
                    summary=values["summary"],
                    pages=pages,
                    citation=citation(values),
                    isbn=values["isbn"],
                    language=builder.locale.language_code,
                    style=self.cover(builder, values["title"], "en"),
                )
                alt = values.get("image_alt") or f"Cover illustration of {values['title']}"
                page = PublicationPageFactory.build(
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
                    image=builder.page_image({**values, "image_alt": alt}, n, original),
                    image_alt=alt,
                )
                page.topics = [builder.topics[name] for name in values["topics"]]
                if values["project"] in projects:
                    page.project_links = [PublicationProject(project=projects[values["project"]])]
                builder.publish(index, page)
            by_title[values["title"]] = page
        return by_title

    def cover(self, builder, english_title, language):
        """The cover of a publication's PDF in a language: the colour of its first topic, its
        type and year as the data give them (a scaled copy, "Title (3)", as its original)."""
        values = self.originals.get(re.sub(r" \(\d+\)$", "", english_title))
        if values is None:
            return None
        kind = values["document_type"]
        if language != "en":
            slugs = {name: slug for slug, name in self.texts["en"]["document_types"].items()}
            kind = self.texts[language]["document_types"].get(slugs.get(kind), kind)
        first_topic = values["topics"][0] if values["topics"] else None
        return builder.cover_style(first_topic, kind, values["date"].year)

    def after_pages(self, builder):
        # Publications saved from now on make their covers themselves; editions of an earlier
        # load (before covers existed) get theirs here, once their PDFs exist.
        call_command("generate_covers", verbosity=0)

    def translate_taxonomy(self, translator):
        names = self.texts[translator.language]["document_types"]
        self.document_types = translator.taxonomy(DocumentType, names)

    def translate_index(self, translator):
        translator.translate_index(
            self.section.index_class, self.texts[translator.language]["index"]
        )

    def translate(self, translator, progress):
        code = translator.language
        translations = self.texts[code]["items"]
        for publication in progress(
            translator.untranslated(self.section.page_class), desc=f"Publications ({code})"
        ):
            values = translator.texts_for(translations, publication.title)
            if publication.page_count:
                values["page_count"] = math.ceil(publication.page_count * PAGE_FACTOR[code])
            values["authors"] = "; ".join(
                translator.name(name) for name in publication.authors.split(";")
            )
            translated = translator.copy(publication, publish=False, **values)
            if publication.document is not None and publication.page_count:
                translated.document = translator.builder.pdf(
                    title=f"{translated.title} ({code})",
                    filename=f"cec-{translated.slug}-{code}.pdf",
                    subtitle=translated.subtitle,
                    summary=translated.summary,
                    pages=translated.page_count,
                    citation=f"CEC. {publication.publication_date.year}. {translated.title}.",
                    isbn=publication.isbn,
                    language=code,
                    style=self.cover(translator.builder, publication.title, code),
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
