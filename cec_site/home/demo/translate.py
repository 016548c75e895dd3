"""French and Spanish editions of the demo site, made from the English pages.

Each English page is copied into the other language with Wagtail's `copy_for_translation`
(what wagtail-localize does for editors underneath), its texts replaced by the translations in
the language's part of data/*.json, its links pointed at pages of the same language, and
published. Each section's pages are translated by its demo (`<app>/demo.py`, sections.py).
"""

from wagtail.models import Locale, Page

from cec_site.core.models import StandardPage, TopicIndexPage, TopicPage
from cec_site.home.demo.builder import (
    page_slug,
    paragraphs_body,
    renew_cut_slugs,
    sections_body,
    step,
    title_slug,
)
from cec_site.home.demo.data import texts
from cec_site.home.models import HomePage


def translated_slug(title):
    """The slug of a translated title, cut at a word boundary as the English ones are; a scaled
    copy's number ("Titre (3)") survives the cut."""
    base, separator, rest = title.rpartition(" (")
    number = rest.removesuffix(")")
    if separator and base and number.isdigit():
        return page_slug({"title": title, "copy": int(number)})
    return title_slug(title)


class Translator:
    def __init__(self, builder, language, demos):
        self.builder = builder  # the English site's builder: its images, PDFs and slugs
        self.english_home = builder.home
        self.language = language
        self.demos = demos
        self.site = texts("site")[language]
        self.locale, _created = Locale.objects.get_or_create(language_code=language)
        self.pages = {}  # English page id → its translation

    def run(self, progress=lambda iterable, **kwargs: iterable):
        if HomePage.objects.filter(locale=self.locale).exists():
            # Made on an earlier run: leave it (and editors' changes) alone, but give the pages
            # of a section loaded since (--sections) their editions, add the legal pages and
            # mend the slugs cut mid-word when that run predates them.
            for name in ("translate_taxonomy", "translate_index"):
                for demo in self.demos:
                    step(demo, name)(self)
            for demo in self.demos:
                step(demo, "translate")(self, progress)
            self.translate_legal_pages()
            renew_cut_slugs(self.locale)
            return False
        home = self.copy(self.english_home, **self.site["home"])
        for demo in self.demos:
            step(demo, "translate_taxonomy")(self)
        for demo in self.demos:
            step(demo, "translate_index")(self)
        topics = texts("topics")[self.language]
        self.copy(TopicIndexPage.objects.child_of(self.english_home).first(), **topics["index"])
        for topic in self.english(TopicPage):
            self.copy(topic, **topics["items"].get(topic.title, {}))
        for demo in self.demos:
            step(demo, "translate")(self, progress)
        about = texts("pages")[self.language]["about"]
        english_about = self.english_home_child(texts("pages")["en"]["about"]["slug"])
        if english_about is not None:
            values = dict(about)
            self.copy(english_about, body=paragraphs_body(values.pop("paragraphs")), **values)
        self.translate_legal_pages()
        self.link_home(home)
        return True

    # Helpers for the sections' demos -------------------------------------------------------

    def english(self, model):
        """The English pages of a model, in tree order."""
        return model.objects.filter(locale=self.english_home.locale).order_by("path")

    def untranslated(self, model):
        """The English pages of a model that have no edition in this language yet."""
        done = Page.objects.filter(locale=self.locale).values("translation_key")
        return self.english(model).exclude(translation_key__in=done)

    @staticmethod
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

    def translate_index(self, model, values):
        """The English listing page of this model (under the home page) in this language, made
        from these values unless it exists."""
        index = model.objects.child_of(self.english_home).first()
        if index is None:
            return None
        return self.translated(index) or self.copy(index, **values)

    def english_home_child(self, slug):
        return StandardPage.objects.child_of(self.english_home).filter(slug=slug).first()

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
        """The edition in this language of a page (made on this run or an earlier one), or None."""
        if page is None:
            return None
        if page.pk not in self.pages:
            found = page.get_translation_or_none(self.locale)
            if found is None:
                return None
            self.pages[page.pk] = found
        return self.pages[page.pk]

    def taxonomy(self, model, names):
        """The snippets of a taxonomy in this language ({English slug: name}), by English id."""
        result = {}
        for item in model.objects.filter(locale=self.english_home.locale):
            existing = model.objects.filter(
                translation_key=item.translation_key, locale=self.locale
            ).first()
            if existing is None:
                existing = item.copy_for_translation(self.locale)
                existing.name = names.get(item.slug, item.name)
                existing.save()
            result[item.pk] = existing
        return result

    def topics_of(self, page):
        return [self.translated(topic) for topic in page.topics.all() if self.translated(topic)]

    def name(self, name):
        """An author's or partner agency's name in this language, else as it is."""
        name = name.strip()
        return self.site["names"].get(name, name)

    # The standing pages and the home page --------------------------------------------------

    def translate_legal_pages(self):
        """The privacy and legal notices, each once: one already in this language is kept."""
        translations = texts("pages")[self.language]["legal_pages"]
        slugs = [values["slug"] for values in texts("pages")["en"]["legal_pages"]]
        english = StandardPage.objects.child_of(self.english_home).filter(slug__in=slugs)
        for page in english:
            if page.get_translations().filter(locale=self.locale).exists():
                continue
            values = dict(translations[page.slug])
            self.copy(page, body=sections_body(values.pop("sections")), **values)

    def link_home(self, home):
        # Read it again: the copy in hand predates its children, and saving it as it is would
        # write back a child count of zero and cut the tree.
        home = HomePage.objects.get(pk=home.pk)
        labels = self.site["what_we_do_links"]
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
        for field in texts("site")["en"]["featured"]:
            setattr(home, field, self.translated(getattr(self.english_home, field)))
        english_items = list(self.english_home.spotlight_items.all())
        items = list(home.spotlight_items.all())
        for item, english in zip(items, english_items, strict=False):
            for field, value in self.site["spotlight"].get(english.title, {}).items():
                setattr(item, field, value)
            item.link_page = self.translated(english.link_page) or english.link_page
        home.spotlight_items = items  # hand the edited items to the page, or they are not saved
        home.save_revision().publish()
