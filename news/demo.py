"""The demo's news and events, in English, French and Spanish (texts in demo_data.json, next to
this file). The demo loader (cec_site/home/demo) runs the steps of NewsDemo and EventsDemo, the
`demo` of each section, and hands them its helpers; the product never imports this module."""

import datetime
import zoneinfo
from pathlib import Path

from django.utils.html import escape

from wagtail.models import Page

from cec_site.core.models import TopicPage
from news.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from news.models import NewsRelatedPage

DATA = Path(__file__).with_name("demo_data.json")
LANGUAGES = ("en", "fr", "es")


def paragraphs(texts):
    return [("paragraph", f"<p>{escape(text)}</p>") for text in texts]


def agenda(items):
    rows = "".join(f"<li><b>{escape(when)}</b> — {escape(what)}</li>" for when, what in items)
    return [("paragraph", f"<ul>{rows}</ul>")]


def local_time(value, zone):
    return datetime.datetime.fromisoformat(value).replace(tzinfo=zoneinfo.ZoneInfo(zone))


class ListingDemo:
    """One section (news or events): its listing page and its pages, in every language."""

    key = ""  # its part of demo_data.json
    index_factory = page_factory = None

    def __init__(self, section, builder):
        self.section = section
        self.texts = builder.texts(DATA)[self.key]

    def build(self, builder, scale):
        """The listing page and the English pages missing under it, by title."""
        index = builder.index(self.index_factory, self.texts["index"]["en"])
        pages = {}
        for item in self.texts["items"]:
            title = item["en"]["title"]
            slug = builder.title_slug(title)
            page = builder.child(index, self.section.page_class, slug, title)
            if page is None:
                page = self.page_factory.build(
                    slug=slug, locale=builder.locale, **self.fields(item, "en")
                )
                self.link(page, item, lambda target: target)
                builder.publish(index, page)
            pages[title] = page
        return pages

    def translate(self, translator, progress):
        """The listing page and the pages in the translator's language, each once; what they
        link to, in that language where it exists."""
        code = translator.language
        index = self.section.index_class.objects.child_of(translator.english_home).first()
        if index is None:
            return
        translator.translate_index(self.section.index_class, self.texts["index"][code])
        english = {page.title: page for page in self.section.page_class.objects.child_of(index)}
        for item in self.texts["items"]:
            page = english.get(item["en"]["title"])
            if page is None or translator.translated(page) is not None:
                continue
            translated = translator.copy(page, publish=False, **self.fields(item, code))
            self.link(translated, item, translator.translated)
            translated.save_revision().publish()

    def link(self, page, item, in_language):
        """Its topics and related pages in the page's language; a topic not translated yet is
        left out (as on the other sections' pages), a related page not translated yet is linked
        in English."""
        topics = (in_language(topic) for topic in english_pages(TopicPage, item["topics"]))
        page.topics = [topic for topic in topics if topic is not None]


def english_pages(model, titles):
    """The English pages of these titles, in the order of the titles."""
    english = model.objects.filter(locale__language_code="en", title__in=titles)
    by_title = {found.title: found for found in english}
    return [by_title[title] for title in titles if title in by_title]


class NewsDemo(ListingDemo):
    key = "news"
    index_factory = NewsIndexPageFactory
    page_factory = NewsPageFactory

    def fields(self, item, code):
        texts = item[code]
        return {
            "title": texts["title"],
            "summary": texts["summary"],
            "date": item["date"],
            "kind": item["kind"],
            "body": paragraphs(texts["body"]),
        }

    def link(self, page, item, in_language):
        super().link(page, item, in_language)
        page.related_links = [
            NewsRelatedPage(page=in_language(target) or target)
            for target in english_pages(Page, item["related"])
        ]


class EventsDemo(ListingDemo):
    key = "events"
    index_factory = EventIndexPageFactory
    page_factory = EventPageFactory

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
