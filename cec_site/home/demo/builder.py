"""Builds the demo site in code: pages added with add_child, then published as revisions.

Each step looks for what it would create and leaves what exists alone, so running the loader
again changes nothing.
"""

import random
from datetime import date, timedelta

from django.core.management import call_command
from django.utils import timezone
from django.utils.text import slugify

from wagtail.blocks import StreamValue

from cec_site.core.models import StandardPage, TopicIndexPage, TopicPage
from cec_site.home.demo import topics as topic_content
from cec_site.home.demo.images import get_or_create_image
from cec_site.home.demo.pdfs import get_or_create_pdf
from impact.models import ImpactIndexPage, ImpactKind, ImpactRelatedPage, ImpactStoryPage
from projects.models import ProjectIndexPage, ProjectPage
from publications.models import (
    DocumentType,
    PublicationIndexPage,
    PublicationPage,
    PublicationProject,
)

# A pool of images reused by scaled copies: drawing thousands would only slow benchmarks down.
IMAGE_POOL_SIZE = 12
COUNTRY_FIELDS = {"CA": "in_canada", "MX": "in_mexico", "US": "in_united_states"}


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


class DemoBuilder:
    def __init__(self, home, rng: random.Random, progress=None):
        self.home = home
        self.rng = rng
        self.locale = home.locale
        self.progress = progress or (lambda iterable, **kwargs: iterable)

    # Helpers -------------------------------------------------------------------------------

    def child(self, parent, model, slug, title=None):
        """The page of this slug under `parent`, or of this title: a demo loaded before slugs
        were cut at a word boundary has its pages under their old slugs."""
        pages = model.objects.child_of(parent)
        found = pages.filter(slug=slug).first()
        if found is None and title is not None:
            found = pages.filter(title=title).first()
        return found

    def index(self, model, key):
        values = topic_content.INDEX_PAGES[key]
        existing = model.objects.child_of(self.home).first()
        if existing:
            return existing
        page = model(show_in_menus=True, locale=self.locale, **values)
        return publish(self.home, page)

    def image(self, title, alt):
        return get_or_create_image(title, self.rng, alt=alt)

    def pooled_image(self, n):
        return self.image(f"Demo landscape {n % IMAGE_POOL_SIZE + 1}", "")

    # Sections ------------------------------------------------------------------------------

    def build(self, projects, publications, stories, scale=1):
        # Index pages first, in the order of the main navigation.
        self.index(ProjectIndexPage, "projects")
        self.index(PublicationIndexPage, "publications")
        self.index(ImpactIndexPage, "impact")
        self.index(TopicIndexPage, "topics")
        self.topics = self.build_topics()
        self.projects = self.build_projects(projects, scale)
        self.publications = self.build_publications(publications, scale)
        self.stories = self.build_impact(stories)
        self.build_about()
        # Publications saved from now on make their covers themselves; editions of an earlier
        # load (before covers existed) get theirs here, once their PDFs exist.
        call_command("generate_covers", verbosity=0)
        self.build_legal_pages()
        renew_cut_slugs(self.locale)

    def build_topics(self):
        index = self.index(TopicIndexPage, "topics")
        topics = {}
        for values in topic_content.TOPICS:
            slug = slugify(values["title"])
            page = self.child(index, TopicPage, slug)
            if page is None:
                page = publish(index, TopicPage(slug=slug, locale=self.locale, **values))
            topics[values["title"]] = page
        return topics

    def build_projects(self, items, scale):
        index = self.index(ProjectIndexPage, "projects")
        by_title = {}
        for n, values in enumerate(self.progress(self.scaled(items, scale), desc="Projects")):
            slug = page_slug(values)
            page = self.child(index, ProjectPage, slug, values["title"])
            if page is None:
                image = (
                    self.image(values["title"], values["image_alt"])
                    if n < len(items)
                    else self.pooled_image(n)
                )
                page = ProjectPage(
                    title=values["title"],
                    slug=slug,
                    locale=self.locale,
                    status=values["status"],
                    operational_plan=values["operational_plan"],
                    year=values["year"],
                    start_date=values["start_date"],
                    duration_months=values["duration_months"],
                    summary=values["summary"],
                    issue=values["issue"],
                    aim=values["aim"],
                    deliverables="\n".join(values["deliverables"]),
                    partners="\n".join(values["partners"]),
                    lead_name=values["lead_name"],
                    lead_email=values["lead_email"],
                    image=image,
                    image_alt=values["image_alt"] if n < len(items) else "Illustration: hills",
                )
                page.topics = [self.topics[name] for name in values["topics"]]
                publish(index, page)
            by_title[values["title"]] = page
        return by_title

    def document_types(self, names):
        types = {}
        for name in names:
            slug = topic_content.DOCUMENT_TYPE_SLUGS.get(name, slugify(name))
            types[name], _created = DocumentType.objects.get_or_create(
                slug=slug, locale=self.locale, defaults={"name": name}
            )
        return types

    def build_publications(self, items, scale, document_type_names=()):
        from cec_site.home.demo.data_publications import DOCUMENT_TYPES

        index = self.index(PublicationIndexPage, "publications")
        types = self.document_types(DOCUMENT_TYPES)
        by_title = {}
        for n, values in enumerate(self.progress(self.scaled(items, scale), desc="Publications")):
            slug = page_slug(values)
            page = self.child(index, PublicationPage, slug, values["title"])
            if page is None:
                original = n < len(items)
                pages = values["pages"] if original else min(values["pages"], 4)
                document = get_or_create_pdf(
                    title=values["title"],
                    filename=f"cec-{slug}-{self.locale.language_code}.pdf",
                    subtitle=values["subtitle"],
                    summary=values["summary"],
                    pages=pages,
                    citation=citation(values),
                    isbn=values["isbn"],
                    language=self.locale.language_code,
                )
                page = PublicationPage(
                    title=values["title"],
                    slug=slug,
                    locale=self.locale,
                    subtitle=values["subtitle"],
                    publication_date=values["date"],
                    summary=values["summary"],
                    document=document,
                    page_count=pages,
                    document_type=types[values["document_type"]],
                    authors="; ".join(values["authors"]),
                    isbn=values["isbn"],
                    image=self.image(values["title"], values.get("image_alt") or cover_alt(values))
                    if original
                    else self.pooled_image(n),
                    image_alt=values.get("image_alt") or cover_alt(values),
                )
                page.topics = [self.topics[name] for name in values["topics"]]
                if values["project"] in self.projects:
                    page.project_links = [
                        PublicationProject(project=self.projects[values["project"]])
                    ]
                publish(index, page)
            by_title[values["title"]] = page
        return by_title

    def build_impact(self, items):
        from cec_site.home.demo.data_impact import IMPACT_KINDS

        index = self.index(ImpactIndexPage, "impact")
        kinds = {}
        for value, label in IMPACT_KINDS:
            kinds[value], _created = ImpactKind.objects.get_or_create(
                slug=value, locale=self.locale, defaults={"name": label}
            )
        stories = {}
        for values in items:
            slug = title_slug(values["title"])
            page = self.child(index, ImpactStoryPage, slug, values["title"])
            if page is None:
                alt = values.get("image_alt") or "Illustration: a landscape of hills under the sun"
                page = ImpactStoryPage(
                    title=values["title"],
                    slug=slug,
                    locale=self.locale,
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
                    image=self.image(values["title"], alt),
                    image_alt=alt,
                    **{
                        field: code in values["countries"] for code, field in COUNTRY_FIELDS.items()
                    },
                )
                page.topics = [self.topics[name] for name in values["topics"]]
                related = [self.projects[t] for t in values["projects"] if t in self.projects]
                related += [
                    self.publications[t] for t in values["publications"] if t in self.publications
                ]
                page.related_links = [ImpactRelatedPage(page=p) for p in related]
                publish(index, page)
            stories[values["title"]] = page
        return stories

    def build_about(self):
        values = topic_content.ABOUT
        if self.child(self.home, StandardPage, values["slug"]):
            return
        body = []
        for heading, text in values["paragraphs"]:
            body.append(("heading", {"text": heading, "level": "h2"}))
            body.append(("paragraph", f"<p>{text}</p>"))
        page = StandardPage(
            title=values["title"],
            slug=values["slug"],
            locale=self.locale,
            introduction=values["introduction"],
            show_in_menus=True,
            body=body,
        )
        publish(self.home, page)

    def build_legal_pages(self):
        """The privacy and legal notices the footer links to (content.LEGAL_PAGES)."""
        from cec_site.home.demo.content import LEGAL_PAGES

        for values in LEGAL_PAGES:
            if self.child(self.home, StandardPage, values["slug"]):
                continue
            page = StandardPage(
                title=values["title"],
                slug=values["slug"],
                locale=self.locale,
                introduction=values["introduction"],
                show_in_menus=False,
                body=sections_body(values["sections"]),
            )
            publish(self.home, page)

    # Download history ----------------------------------------------------------------------

    def build_download_history(self, days, seed_title, seed_rank=8, today=None):
        """Synthetic daily downloads, so the Top 50 looks real: the seed's report comes 8th.

        A publication's total is split between its language editions (English about 60 %).
        Written only when there is no history yet (running the loader again adds nothing).
        """
        from collections import defaultdict

        from publications.models import PublicationDownloadDay

        if PublicationDownloadDay.objects.exists():
            return 0
        today = today or timezone.localdate()
        first_day = today - timedelta(days=days - 1)
        groups = defaultdict(list)
        for page in PublicationPage.objects.select_related("locale").order_by("path"):
            groups[page.translation_key].append(page)
        seed_key = PublicationPage.objects.get(title=seed_title, locale=self.locale).translation_key
        totals = {}
        for key, editions in groups.items():
            if key != seed_key:
                popularity = self.rng.lognormvariate(0.0, 1.1)
                span = self.available_days(editions[0], first_day, today)
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
        for key, editions in self.progress(groups.items(), desc="Download history"):
            for page, share in zip(editions, self.edition_shares(editions), strict=True):
                rows.extend(self.daily_rows(page, share * totals[key], first_day, today))
            if len(rows) > 20_000:
                PublicationDownloadDay.objects.bulk_create(rows)
                rows = []
        PublicationDownloadDay.objects.bulk_create(rows)
        return len(groups)

    EDITION_SHARE = {"en": 60, "fr": 18, "es": 22}

    def edition_shares(self, editions):
        """Each edition's part of the publication's total, in whole percent summing to 100."""
        weights = [self.EDITION_SHARE.get(page.locale.language_code, 10) for page in editions]
        return [weight / sum(weights) for weight in weights]

    @staticmethod
    def available_days(page, first_day, today):
        start = max(first_day, page.publication_date)
        return max((today - start).days + 1, 0)

    def daily_rows(self, page, total, first_day, today):
        from publications.models import PublicationDownloadDay

        total = round(total)
        start = max(first_day, page.publication_date)
        span = self.available_days(page, first_day, today)
        if span == 0 or total == 0:
            return []
        weights = [self.rng.random() + 0.3 for _ in range(span)]
        scale = total / sum(weights)
        counts = [int(weight * scale) for weight in weights]
        for _ in range(total - sum(counts)):
            counts[self.rng.randrange(span)] += 1
        return [
            PublicationDownloadDay(publication=page, day=start + timedelta(days=n), count=count)
            for n, count in enumerate(counts)
            if count
        ]

    # Scale ---------------------------------------------------------------------------------

    def scaled(self, items, scale):
        """The items, then (scale - 1) numbered variants of each for load tests."""
        yield from items
        for copy in range(2, scale + 1):
            for values in items:
                variant = dict(values)
                variant["title"] = f"{values['title']} ({copy})"
                variant["copy"] = copy
                shift = timedelta(days=self.rng.randint(-900, 0))
                for key in ("start_date", "date"):
                    if key in variant:
                        variant[key] = max(variant[key] + shift, date(2005, 1, 1))
                yield variant


# Slugs are cut to this length, at a word boundary.
SLUG_LENGTH = 80
# Words a slug cut short should not end on ("…-changements-climatiques-en"): articles,
# prepositions and conjunctions of the three languages.
DANGLING_WORDS = frozenset(
    {
        *("a", "an", "and", "as", "at", "by", "for", "from", "in", "its", "of", "on", "or"),
        *("the", "their", "to", "with", "au", "aux", "avec", "d", "dans", "de", "des", "dont"),
        *("du", "en", "entre", "et", "l", "la", "le", "les", "par", "pour", "que", "qui", "sa"),
        *("ses", "son", "sur", "un", "une", "al", "con", "del", "el", "las", "los", "para"),
        *("por", "sin", "sobre", "su", "sus", "una", "y"),
    }
)


# Marks that separate words but that slugify drops, gluing the words ("2021–2025" became
# "20212025", "Ecoregions—Level" "ecoregionslevel"), and letters it drops ("œil" became "il").
SLUG_SEPARATORS = str.maketrans({"–": " ", "—": " ", "/": " ", "œ": "oe", "Œ": "OE", "æ": "ae"})


def title_slug(title, length=SLUG_LENGTH):
    """The title's slug, at most `length` characters, cut at a word boundary (never mid-word)
    and without a dangling "of" or "de" at its end."""
    slug = slugify(title.translate(SLUG_SEPARATORS))
    if len(slug) <= length:
        return slug
    cut = slug[:length]
    if slug[length] != "-":  # cut mid-word: leave that word out
        cut = cut.rpartition("-")[0] or cut
    words = cut.split("-")
    while len(words) > 1 and words[-1] in DANGLING_WORDS:
        words.pop()
    return "-".join(words)


def renew_cut_slugs(locale):
    """Give the demo pages of `locale` still at a slug cut mid-word (a demo loaded before
    title_slug) their word-boundary slug; Wagtail redirects the old address to the new one."""
    for model in (ProjectPage, PublicationPage, ImpactStoryPage):
        rows = model.objects.filter(locale=locale).values_list("pk", "title", "slug")
        for pk, title, slug in rows:
            old = slugify(title)[:SLUG_LENGTH]
            if slug == old and old != title_slug(title):
                page = model.objects.get(pk=pk)
                if not page.has_unpublished_changes:  # an editor's draft: leave it alone
                    page.slug = title_slug(title)
                    page.save_revision().publish()


def page_slug(values):
    """The title's slug (title_slug); a scaled copy's number survives the cut (two copies of
    a long title were one page)."""
    if "copy" in values:
        suffix = f"-{values['copy']}"
        base = values["title"].rsplit(" (", 1)[0]
        return title_slug(base, SLUG_LENGTH - len(suffix)) + suffix
    return title_slug(values["title"])


def sections_body(sections):
    """StreamField blocks from (heading, [paragraph or list of items]) sections; the texts are
    rich text (they may hold links)."""
    body = []
    for heading, blocks in sections:
        body.append(("heading", {"text": heading, "level": "h2"}))
        html = []
        for block in blocks:
            if isinstance(block, str):
                html.append(f"<p>{block}</p>")
            else:
                html.append("<ul>" + "".join(f"<li>{item}</li>" for item in block) + "</ul>")
        body.append(("paragraph", "".join(html)))
    return body


def citation(values):
    authors = "; ".join(values["authors"]) or "CEC"
    if authors == "CEC Secretariat":
        authors = "CEC"
    title = values["title"] + (f": {values['subtitle']}" if values["subtitle"] else "")
    return (
        f"{authors}. {values['date'].year}. {title}. Montreal, Canada: Commission for "
        f"Environmental Cooperation. {values['pages']} pp."
    )


def cover_alt(values):
    return f"Cover illustration of {values['title']}"
