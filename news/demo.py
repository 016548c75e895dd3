"""The demo's news and events, in English, French and Spanish (texts in demo_data.json).

Self-contained: it finds the live home page of each language, makes the News and Events
listing pages under the English one, their pages, publishes them, and makes their French and
Spanish editions (Wagtail's `copy_for_translation`, what wagtail-localize does underneath)
under the French and Spanish home pages that exist. Running it again changes nothing: a page
already there (by slug under its listing page, or as a translation) is left as it is, so
editors' changes survive; a language whose home page appeared since gets its editions.

The demo loader calls `build_news(builder, section)` and `build_events(builder, section)` (the
`demo` of each section); `build()` makes both, for a test or a shell.
"""

import datetime
import functools
import json
import zoneinfo
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify

from wagtail.models import Locale, Page

from cec_site.core.models import TopicPage
from news.models import NewsRelatedPage

DATA = Path(__file__).with_name("demo_data.json")
LANGUAGES = ("en", "fr", "es")
SLUG_LENGTH = 80


@functools.cache
def data():
    with DATA.open(encoding="utf-8") as handle:
        return json.load(handle)


def slug_of(title):
    """The title's slug, cut at a word boundary."""
    slug = slugify(title)
    if len(slug) <= SLUG_LENGTH:
        return slug
    return slug[: SLUG_LENGTH + 1].rpartition("-")[0]


def home_pages():
    """{language code: the live home page of that language}, for the languages that have one."""
    home_model = apps.get_model(settings.CEC_HOME_PAGE_MODELS[0])
    homes = {}
    for home in home_model.objects.live().select_related("locale").order_by("path"):
        homes.setdefault(home.locale.language_code, home)
    return {code: homes[code] for code in LANGUAGES if code in homes}


def publish(page):
    page.save_revision().publish()
    return page


def paragraphs(texts):
    return [("paragraph", f"<p>{escape(text)}</p>") for text in texts]


def agenda(items):
    rows = "".join(f"<li><b>{escape(when)}</b> — {escape(what)}</li>" for when, what in items)
    return [("paragraph", f"<ul>{rows}</ul>")]


def local_time(value, zone):
    return datetime.datetime.fromisoformat(value).replace(tzinfo=zoneinfo.ZoneInfo(zone))


class SectionDemo:
    """One section (news or events): its listing page and pages in every language."""

    key = ""

    def __init__(self, homes):
        self.homes = homes
        self.english = homes["en"]
        self.texts = data()[self.key]
        self.index_model = apps.get_model(self.index_label)
        self.page_model = apps.get_model(self.page_label)

    # English ---------------------------------------------------------------------------------

    def build(self):
        """The English pages, by title, then their editions in the other languages."""
        index = self.index_model.objects.child_of(self.english).first()
        if index is None:
            values = self.texts["index"]["en"]
            index = self.index_model(show_in_menus=True, locale=self.english.locale, **values)
            self.english.add_child(instance=index)
            publish(index)
        pages = {}
        existing = {page.slug: page for page in self.page_model.objects.child_of(index)}
        for item in self.texts["items"]:
            title = item["en"]["title"]
            page = existing.get(slug_of(title))
            if page is None:
                page = self.page_model(
                    slug=slug_of(title), locale=self.english.locale, **self.fields(item, "en")
                )
                self.link(page, item, "en")
                index.add_child(instance=page)
                publish(page)
            pages[title] = page
        for code in LANGUAGES[1:]:
            if code in self.homes:
                self.translate(index, pages, code)
        return pages

    # Translations ----------------------------------------------------------------------------

    def translate(self, index, pages, code):
        locale = Locale.objects.get(language_code=code)
        if not self.translation(index, locale):
            publish(self.copy(index, locale, **self.texts["index"][code]))
        for item in self.texts["items"]:
            english = pages[item["en"]["title"]]
            if self.translation(english, locale):
                continue
            page = self.copy(english, locale, **self.fields(item, code))
            page.slug = slug_of(page.title)
            self.link(page, item, code)
            publish(page)

    @staticmethod
    def translation(page, locale):
        return (
            type(page).objects.filter(translation_key=page.translation_key, locale=locale).first()
        )

    @staticmethod
    def copy(page, locale, **values):
        translated = page.copy_for_translation(locale)
        for field, value in values.items():
            setattr(translated, field, value)
        translated.draft_title = translated.title
        return translated

    # What each item links to, in the page's language -----------------------------------------

    def link(self, page, item, code):
        page.topics = self.in_language(TopicPage, item["topics"], code)

    def in_language(self, model, english_titles, code):
        """The pages of these English titles, as their `code` edition where there is one."""
        english = {
            page.title: page
            for page in model.objects.filter(locale=self.english.locale, title__in=english_titles)
        }
        found = []
        for title in english_titles:
            page = english.get(title)
            if page is None:
                continue
            if code != "en":
                locale = Locale.objects.get(language_code=code)
                page = self.translation(page, locale) or page
            found.append(page)
        return found


class NewsDemo(SectionDemo):
    key = "news"
    index_label = "news.NewsIndexPage"
    page_label = "news.NewsPage"

    def fields(self, item, code):
        texts = item[code]
        return {
            "title": texts["title"],
            "summary": texts["summary"],
            "date": datetime.date.fromisoformat(item["date"]),
            "kind": item["kind"],
            "body": paragraphs(texts["body"]),
        }

    def link(self, page, item, code):
        super().link(page, item, code)
        related = self.in_language(Page, item["related"], code)
        page.related_links = [NewsRelatedPage(page=target) for target in related]


class EventDemo(SectionDemo):
    key = "events"
    index_label = "news.EventIndexPage"
    page_label = "news.EventPage"

    def fields(self, item, code):
        texts = item[code]
        languages = item["interpretation"]
        return {
            "title": texts["title"],
            "summary": texts["summary"],
            "kind": item["kind"],
            "start": local_time(item["start"], item["time_zone"]),
            "end": local_time(item["end"], item["time_zone"]),
            "time_zone": item["time_zone"],
            "venue": texts["venue"],
            "online_url": item["online_url"],
            "registration_url": item["registration_url"],
            "agenda": agenda(texts["agenda"]),
            **{f"interpretation_{lang}": lang in languages for lang in LANGUAGES},
        }


def _build(demo_class):
    homes = home_pages()
    if "en" not in homes:
        return {}
    with transaction.atomic():
        return demo_class(homes).build()


def build_news(builder=None, section=None):
    """The news listing and items in every language that has a home page: {English title: page}."""
    return _build(NewsDemo)


def build_events(builder=None, section=None):
    """The events listing and events in every language that has a home page."""
    return _build(EventDemo)


def build(context=None):
    """Both sections: {"news": {title: page}, "events": {title: page}}."""
    return {"news": build_news(), "events": build_events()}
