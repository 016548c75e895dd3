"""French and Spanish editions of the demo site, made from the English pages.

Each English page is copied into the other language with Wagtail's `copy_for_translation`
(what wagtail-localize does for editors underneath), its texts replaced by the translations in
`translations_<lang>.py`, its links pointed at pages of the same language, and published.
Publications get a PDF of their own in that language, with its own page count.
"""

import math
import random

from wagtail.models import Locale

from cec_site.core.models import StandardPage, TopicIndexPage, TopicPage
from cec_site.home.demo import content
from cec_site.home.demo import topics as topic_content
from cec_site.home.demo.builder import page_slug, renew_cut_slugs, sections_body, title_slug
from cec_site.home.demo.pdfs import get_or_create_pdf
from cec_site.home.models import HomePage
from impact.models import ImpactIndexPage, ImpactKind, ImpactRelatedPage, ImpactStoryPage
from projects.models import ProjectIndexPage, ProjectPage, RelatedProject
from publications.models import (
    DocumentType,
    PublicationIndexPage,
    PublicationPage,
    PublicationProject,
)

# Translations run longer than English: each edition's PDF has its own page count.
PAGE_FACTOR = {"fr": 1.06, "es": 1.05}


def translated_slug(title):
    """The slug of a translated title, cut at a word boundary as the English ones are; a scaled
    copy's number ("Titre (3)") survives the cut."""
    base, separator, rest = title.rpartition(" (")
    number = rest.removesuffix(")")
    if separator and base and number.isdigit():
        return page_slug({"title": title, "copy": int(number)})
    return title_slug(title)


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


class Translator:
    def __init__(self, home, texts, rng: random.Random):
        self.english_home = home
        self.texts = texts
        self.locale, _created = Locale.objects.get_or_create(language_code=texts.LANGUAGE)
        self.rng = rng
        self.pages = {}  # English page id → its translation

    def run(self, progress=lambda iterable, **kwargs: iterable):
        if HomePage.objects.filter(locale=self.locale).exists():
            # Made on an earlier run: leave it (and editors' changes) alone, but add the legal
            # pages and mend the slugs cut mid-word when that run predates them.
            self.translate_legal_pages()
            renew_cut_slugs(self.locale)
            return False
        home = self.copy(self.english_home, **self.texts.HOME)
        self.document_types = self.translate_snippets(
            DocumentType, self.texts.DOCUMENT_TYPES, "name"
        )
        kinds = {
            kind.slug: kind.name
            for kind in ImpactKind.objects.filter(locale=self.english_home.locale)
        }
        self.kinds = self.translate_snippets(
            ImpactKind,
            {name: self.texts.IMPACT_KINDS[slug] for slug, name in kinds.items()},
            "name",
        )
        for model, key in (
            (ProjectIndexPage, "projects"),
            (PublicationIndexPage, "publications"),
            (ImpactIndexPage, "impact"),
            (TopicIndexPage, "topics"),
        ):
            index = model.objects.child_of(self.english_home).first()
            self.copy(index, **self.texts.INDEX_PAGES[key])
        for topic in TopicPage.objects.filter(locale=self.english_home.locale).order_by("path"):
            self.copy(topic, **self.texts.TOPICS[topic.title])
        english = self.english_home.locale
        for project in progress(
            ProjectPage.objects.filter(locale=english).order_by("path"),
            desc=f"Projects ({self.locale.language_code})",
        ):
            self.translate_project(project)
        for publication in progress(
            PublicationPage.objects.filter(locale=english).order_by("path"),
            desc=f"Publications ({self.locale.language_code})",
        ):
            self.translate_publication(publication)
        for story in ImpactStoryPage.objects.filter(locale=english).order_by("path"):
            self.translate_story(story)
        about = (
            StandardPage.objects.child_of(self.english_home)
            .filter(slug=topic_content.ABOUT["slug"])
            .first()
        )
        if about is not None:
            self.translate_about(about)
        self.translate_legal_pages()
        self.link_home(home)
        return True

    # Helpers -------------------------------------------------------------------------------

    def copy(self, page, publish=True, **values):
        translated = page.specific.copy_for_translation(self.locale)
        for field, value in values.items():
            setattr(translated, field, value)
        if "title" in values and "slug" not in values:
            translated.slug = translated_slug(values["title"])
        translated.draft_title = translated.title
        self.pages[page.pk] = translated
        if publish:
            translated.save_revision().publish()
        return translated

    def translated(self, page):
        return self.pages.get(page.pk) if page is not None else None

    def translate_snippets(self, model, names, field):
        result = {}
        for item in model.objects.filter(locale=self.english_home.locale):
            existing = model.objects.filter(
                translation_key=item.translation_key, locale=self.locale
            ).first()
            if existing is None:
                existing = item.copy_for_translation(self.locale)
                setattr(existing, field, names[getattr(item, field)])
                existing.save()
            result[item.pk] = existing
        return result

    def topics_of(self, page):
        return [self.translated(topic) for topic in page.topics.all() if self.translated(topic)]

    # Sections ------------------------------------------------------------------------------

    def name(self, name):
        """An author's or partner agency's name in this language (NAMES), else as it is."""
        name = name.strip()
        return self.texts.NAMES.get(name, name)

    def translate_project(self, project):
        values = texts_for(self.texts.PROJECTS, project.title)
        if "deliverables" in values:
            values["deliverables"] = "\n".join(values["deliverables"])
        values["partners"] = "\n".join(
            self.name(line) for line in project.partners.splitlines() if line.strip()
        )
        translated = self.copy(project, publish=False, **values)
        translated.topics = self.topics_of(project)
        translated.related_project_links = [
            RelatedProject(page=self.translated(link.page) or link.page)
            for link in project.related_project_links.all()
        ]
        translated.save_revision().publish()

    def translate_publication(self, publication):
        values = texts_for(self.texts.PUBLICATIONS, publication.title)
        if publication.page_count:
            factor = PAGE_FACTOR[self.locale.language_code]
            values["page_count"] = math.ceil(publication.page_count * factor)
        values["authors"] = "; ".join(self.name(name) for name in publication.authors.split(";"))
        translated = self.copy(publication, publish=False, **values)
        if publication.document is not None and publication.page_count:
            code = self.locale.language_code
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
        translated.topics = self.topics_of(publication)
        translated.project_links = [
            PublicationProject(project=self.translated(link.project) or link.project)
            for link in publication.project_links.all()
        ]
        translated.save_revision().publish()

    def translate_story(self, story):
        texts = dict(self.texts.IMPACT_STORIES[story.title])
        figures = texts.pop("key_figures")
        translated = self.copy(story, publish=False, **texts)
        translated.key_figures = [("figure", {"value": v, "label": label}) for v, label in figures]
        translated.kind = self.kinds.get(story.kind_id)
        translated.topics = self.topics_of(story)
        translated.related_links = [
            ImpactRelatedPage(page=self.translated(link.page) or link.page)
            for link in story.related_links.all()
        ]
        translated.save_revision().publish()

    def translate_about(self, about):
        values = dict(self.texts.ABOUT)
        paragraphs = values.pop("paragraphs")
        body = []
        for heading, text in paragraphs:
            body.append(("heading", {"text": heading, "level": "h2"}))
            body.append(("paragraph", f"<p>{text}</p>"))
        self.copy(about, body=body, **values)

    def translate_legal_pages(self):
        """The privacy and legal notices, each once: one already in this language is kept."""
        slugs = [values["slug"] for values in content.LEGAL_PAGES]
        english = StandardPage.objects.child_of(self.english_home).filter(slug__in=slugs)
        for page in english:
            if page.get_translations().filter(locale=self.locale).exists():
                continue
            values = dict(self.texts.LEGAL_PAGES[page.slug])
            sections = values.pop("sections")
            self.copy(page, body=sections_body(sections), **values)

    def link_home(self, home):
        # Read it again: the copy in hand predates its children, and saving it as it is would
        # write back a child count of zero and cut the tree.
        home = HomePage.objects.get(pk=home.pk)
        labels = self.texts.WHAT_WE_DO_LINKS
        links = []
        for block in self.english_home.what_we_do_links:
            page = block.value["page"]
            links.append(
                (
                    "link",
                    {
                        "label": labels.get(block.value["label"], block.value["label"]),
                        "page": self.translated(page) or page,
                        "url": block.value["url"],
                    },
                )
            )
        home.what_we_do_links = links
        home.featured_project = self.translated(self.english_home.featured_project)
        home.featured_publication = self.translated(self.english_home.featured_publication)
        home.impact_link = self.translated(self.english_home.impact_link)
        english_items = list(self.english_home.spotlight_items.all())
        items = list(home.spotlight_items.all())
        for item, english in zip(items, english_items, strict=False):
            texts = self.texts.SPOTLIGHT.get(english.title, {})
            for field, value in texts.items():
                setattr(item, field, value)
            item.link_page = self.translated(english.link_page) or english.link_page
        home.spotlight_items = items  # hand the edited items to the page, or they are not saved
        home.save_revision().publish()
