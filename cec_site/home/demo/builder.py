"""Builds the English demo site from data/*.json: pages added with add_child, then published as
revisions. Each section's own pages come from its demo (`<app>/demo.py`, found through the
section registry: sections.py); this builder is what they share, handed to each of them: images,
PDFs, slugs, publishing, progress and scaled copies.

Each step looks for what it would create and leaves what exists alone, so running the loader
again changes nothing.
"""

import random
from datetime import date, timedelta

from django.utils.text import slugify

from cec_site.core import sections
from cec_site.core.factories import StandardPageFactory, TopicIndexPageFactory, TopicPageFactory
from cec_site.core.models import StandardPage, TopicPage
from cec_site.home.demo.data import read, texts
from cec_site.home.demo.images import get_or_create_image
from cec_site.home.demo.pdfs import cover_style, get_or_create_one_page_pdf, get_or_create_pdf

# A pool of images reused by scaled copies: drawing thousands would only slow benchmarks down.
IMAGE_POOL_SIZE = 12


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
        self.indexes = {}  # section key → its index page
        self.pages = {}  # section key → {English title: page}
        self.topics = {}

    # Helpers -------------------------------------------------------------------------------

    @staticmethod
    def texts(path):
        """A section's data file (JSON, its dates read as dates), read once."""
        return read(path)

    @staticmethod
    def publish(parent, page):
        """Add the page under `parent` and publish it as a revision."""
        return publish(parent, page)

    @staticmethod
    def slug(values):
        """The slug of a page's values (page_slug: a scaled copy keeps its number)."""
        return page_slug(values)

    @staticmethod
    def title_slug(title):
        return title_slug(title)

    @staticmethod
    def pdf(**kwargs):
        """A demo publication's PDF (pdfs.get_or_create_pdf)."""
        return get_or_create_pdf(**kwargs)

    @staticmethod
    def one_page_pdf(**kwargs):
        """A one-page document: a registry's letter or decision."""
        return get_or_create_one_page_pdf(**kwargs)

    @staticmethod
    def cover_style(topic, kind, year):
        """A PDF cover in the colour of this topic (its English title), of this kind and year."""
        return cover_style(topic, kind, year)

    def child(self, parent, model, slug, title=None):
        """The page of this slug under `parent`, or of this title: a demo loaded before slugs
        were cut at a word boundary has its pages under their old slugs."""
        pages = model.objects.child_of(parent)
        found = pages.filter(slug=slug).first()
        if found is None and title is not None:
            found = pages.filter(title=title).first()
        return found

    def index(self, factory, values, show_in_menus=True):
        """The listing page the factory makes, under the home page: the one there, else a new
        one with these values."""
        existing = factory._meta.model.objects.child_of(self.home).first()
        if existing:
            return existing
        page = factory.build(show_in_menus=show_in_menus, locale=self.locale, **values)
        return publish(self.home, page)

    def image(self, title, alt):
        return get_or_create_image(title, self.rng, alt=alt)

    def pooled_image(self, n):
        return self.image(f"Demo landscape {n % IMAGE_POOL_SIZE + 1}", "")

    def page_image(self, values, n, original):
        """A page's own image (by its title), or for a scaled copy one of the pool."""
        return (
            self.image(values["title"], values["image_alt"]) if original else self.pooled_image(n)
        )

    def by_title(self, title):
        """A page the demo built (an index page, a topic or a section's page), by its title."""
        for pages in (*self.pages.values(), self.topics):
            if title in pages:
                return pages[title]
        return next((page for page in self.indexes.values() if page.title == title), None)

    # The site ------------------------------------------------------------------------------

    def build(self, demos, scale=1):
        """The index pages first, in the order of the main navigation; then the topics, each
        section's pages (a section may link to those of the sections before it), the
        standing pages."""
        for demo in demos:
            if index := step(demo, "build_index")(self):
                self.indexes[demo.section.key] = index
        topics_index = self.index(TopicIndexPageFactory, texts("topics")["en"]["index"])
        self.topics = self.build_topics(topics_index)
        for demo in demos:
            self.pages[demo.section.key] = step(demo, "build")(self, scale) or {}
        pages = texts("pages")["en"]
        self.build_about(pages["about"])
        for demo in demos:
            step(demo, "after_pages")(self)
        self.build_legal_pages(pages["legal_pages"])
        renew_cut_slugs(self.locale)

    def build_topics(self, index):
        topics = {}
        for values in texts("topics")["en"]["items"]:
            slug = slugify(values["title"])
            page = self.child(index, TopicPage, slug)
            if page is None:
                page = TopicPageFactory.build(slug=slug, locale=self.locale, **values)
                publish(index, page)
            topics[values["title"]] = page
        return topics

    def build_about(self, values):
        if self.child(self.home, StandardPage, values["slug"]):
            return
        page = StandardPageFactory.build(
            title=values["title"],
            slug=values["slug"],
            locale=self.locale,
            introduction=values["introduction"],
            show_in_menus=True,
            body=paragraphs_body(values["paragraphs"]),
        )
        publish(self.home, page)

    def build_legal_pages(self, legal_pages):
        """The privacy and legal notices the footer links to."""
        for values in legal_pages:
            if self.child(self.home, StandardPage, values["slug"]):
                continue
            page = StandardPageFactory.build(
                title=values["title"],
                slug=values["slug"],
                locale=self.locale,
                introduction=values["introduction"],
                show_in_menus=False,
                body=sections_body(values["sections"]),
            )
            publish(self.home, page)

    def taxonomy(self, model, names):
        """The snippets of a section's taxonomy ({slug: name}), by name."""
        return {
            name: model.objects.get_or_create(
                slug=slug, locale=self.locale, defaults={"name": name}
            )[0]
            for slug, name in names.items()
        }

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


def step(demo, name):
    """One step of a section's demo (see sections.py), or a step that does nothing: a demo
    defines only the steps it needs."""
    return getattr(demo, name, None) or (lambda *args, **kwargs: None)


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
    for model in (section.page_class for section in sections.all_sections()):
        rows = model.objects.filter(locale=locale).values_list("pk", "title", "slug")
        for pk, title, slug in rows:
            full = slugify(title)
            old = full[:SLUG_LENGTH]
            cut_mid_word = full[SLUG_LENGTH : SLUG_LENGTH + 1] not in ("", "-")
            if slug == old and cut_mid_word and old != title_slug(title):
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


def sections_body(parts):
    """StreamField blocks from (heading, [paragraph or list of items]) sections; the texts are
    rich text (they may hold links)."""
    body = []
    for heading, blocks in parts:
        body.append(("heading", {"text": heading, "level": "h2"}))
        html = []
        for block in blocks:
            if isinstance(block, str):
                html.append(f"<p>{block}</p>")
            else:
                html.append("<ul>" + "".join(f"<li>{item}</li>" for item in block) + "</ul>")
        body.append(("paragraph", "".join(html)))
    return body


def paragraphs_body(paragraphs):
    """StreamField blocks from (heading, text) pairs, the About page's."""
    body = []
    for heading, text in paragraphs:
        body.append(("heading", {"text": heading, "level": "h2"}))
        body.append(("paragraph", f"<p>{text}</p>"))
    return body
